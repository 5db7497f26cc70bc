import MarkdownIt from 'markdown-it';
import type { Env, MarkdownIt as Parser, Token } from 'markdown-it';

/**
 * The characters markdown-it's inline rules start at: a line break (newline), `\\` (escape), `` ` ``
 * (backticks), `~` (strikethrough), `*` `_` (emphasis), `[` (link), `!` (image), `<` (autolink, HTML),
 * `&` (entity), `:` (linkify). Its text rule stops at more characters (`%`, `-`, `#`…) for plugins' sake,
 * but with no rule to start there they end up as text: inline content with none of these characters is
 * one text token.
 */
const INLINE_TRIGGER = /[\n\\`~*_[!<&:]/;

/**
 * What linkify-it's test needs to find a link: a scheme's `:` or `//`, or an e-mail address's `@` (links
 * without a scheme, `gov.cn`, are off in markdown-it's linkify-it).
 */
const LINK_TRIGGER = /[:/@]/;

/**
 * markdown-it as the document model needs it (HTML for comments, linkify so that bare URLs are not prose),
 * doing less where the answer is known without it. Its tokens are the same as the stock parser's
 * (markdownParser.test.ts compares them):
 * - inline content without any character an inline rule reacts to becomes its one text token directly,
 *   instead of through the inline parser's state, rule chain and post-processing (most 公文 paragraphs:
 *   a third of the parse);
 * - linkify-it's test for a link, two long regexes tried at every position of every paragraph, runs only
 *   where a link is possible at all.
 */
export function createMarkdownParser(): Parser {
  const parser = new MarkdownIt({ html: true, linkify: true });

  const parseInline = parser.inline.parse.bind(parser.inline);
  const TextToken = new parser.core.State('', parser, {}).Token;
  parser.inline.parse = (source: string, md: Parser, env: Env, tokens: Token[]) => {
    if (INLINE_TRIGGER.test(source)) return parseInline(source, md, env, tokens);
    if (source.length === 0) return;
    const token = new TextToken('text', '', 0);
    token.content = source;
    tokens.push(token);
  };

  const linkify = parser.linkify;
  const testLink = linkify.test.bind(linkify);
  linkify.test = (text: string) => LINK_TRIGGER.test(text) && testLink(text);

  return parser;
}
