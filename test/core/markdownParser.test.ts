/**
 * The configured markdown-it (createMarkdownParser) takes shortcuts; its tokens must be exactly the stock
 * parser's, on generated Markdown built from what the shortcuts react to and on the project's own
 * Markdown. An upgrade of markdown-it that adds an inline rule or a link form fails here first.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { createMarkdownParser, FUZZY_LINKS } from '../../server/src/core/document/markdownParser';

const stock = new MarkdownIt({ html: true, linkify: true });
stock.linkify.set(FUZZY_LINKS);
const configured = createMarkdownParser();

function assertSameTokens(source: string): void {
  assert.equal(JSON.stringify(configured.parse(source, {})), JSON.stringify(stock.parse(source, {})), JSON.stringify(source));
}

const PIECES = [
  '中文', '国务院', '。', '，', '、', '（一）', '一、', '“', '”', '《', '》', '…', '——', '\u3000', '𠀀',
  ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\0', '# ', '## ', '- ', '* ', '1. ', '> ', '    ', '```', '~~~', '---', '===', '|', '| --- |',
  '*', '**', '_', '__', '~~', '`', '\\', '[', ']', '(', ')', '![', '<', '>', '&amp;', '&#12;', '&', '!', '#', '$', '%', '+', '-', '=', '^', '{', '}', '~', ':', '@',
  'http://', 'https://example.gov.cn/a?b=1', 'www.gov.cn', 'gov.cn', 'example.com', 'mailto:', 'a@b.cn', 'user@example.com', 'localhost', '127.0.0.1', '//', '.', '/',
  '<!-- tifa-disable -->', '<b>', '</b>', '[^1]', '[a]: http://x.cn', 'abc', '2023', '3.5',
];

test('the configured parser gives the stock tokens on generated Markdown', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => assertSameTokens(pieces.join(''))),
    { numRuns: 3000 },
  );
});

test('the configured parser gives the stock tokens on the project’s Markdown and the shared corpus', () => {
  const root = join(import.meta.dirname, '..', '..');
  const files = [join(root, 'README.md'), ...readdirSync(join(root, 'docs', 'rules')).map((name) => join(root, 'docs', 'rules', name))];
  const corpus = join(root, '..', 'shared', 'corpus');
  if (existsSync(corpus)) files.push(...readdirSync(corpus).map((name) => join(corpus, name)));
  for (const file of files) assertSameTokens(readFileSync(file, 'utf8'));
});
