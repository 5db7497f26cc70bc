import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { applyFixes, fixAll, lint, preferredFixes, type FileKind, type Finding } from '../../server/src/core';
import { builtinTerms } from '../support/terms';

/**
 * Property tests of the whole engine (every rule in allRules, the built-in term base) over random and
 * mutated Chinese and Markdown text: it never throws, every range is inside the text and whole code
 * points, fixes never overlap and only touch their own ranges, and fixing is idempotent.
 */

const terms = builtinTerms();
const termPieces = terms.entries.flatMap((e) => [e.expected, ...e.patterns.filter((p) => !p.startsWith('/')), doubled(e.expected)]);

/** A term with one inner character doubled: what term/typo exists to catch. */
function doubled(term: string): string {
  const chars = Array.from(term);
  const at = Math.floor(chars.length / 2);
  return [...chars.slice(0, at + 1), ...chars.slice(at)].join('');
}

const prose = ['推动高质量发展', '坚持以人民为中心', '我们要', '的', '和', '、', '，', '。', '；', '：', '“', '”', '‘', '’', '《', '》', '（', '）', '……', '——', '一、', '（一）', '1.', '2024年', '３．１４', '第十四个五年规划'];
const latin = ['a', 'Z', '0', '9', ',', '.', ':', ';', '!', '?', '"', "'", '(', ')', ' ', '  ', '\t', 'http://www.gov.cn/a?b=1', 'a.b@gov.cn', 'Hello, world.'];
const markdown = ['# ', '## ', '### ', '**', '*', '_', '`', '```', '\n```\n', '[', ']', '](', ')', '![', '|', ' | ', '\n| --- | --- |\n', '- ', '1. ', '> ', '---', '\n---\n', '<!--', '-->', '<!-- tifa-disable -->', '<!-- tifa-enable -->', '<!-- tifa-disable-next-line term -->', '<br>', '<div>', '&amp;', '&#x4E2D;', '\\*', '    '];
const unicode = ['\u{20000}', '\u{2A6A5}', '\u{2B820}', '😀', '👨‍👩‍👧', '🇨🇳', '\u200b', '\u200d', '\u2060', '\ufeff', 'e\u0301', '中\u0301', '\u20dd', '\u3000', '\u00a0'];
const breaks = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r'];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...termPieces) },
  { weight: 4, arbitrary: fc.constantFrom(...prose) },
  { weight: 2, arbitrary: fc.constantFrom(...latin) },
  { weight: 3, arbitrary: fc.constantFrom(...markdown) },
  { weight: 2, arbitrary: fc.constantFrom(...unicode) },
  { weight: 3, arbitrary: fc.constantFrom(...breaks) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** A document from fragments, sometimes with a BOM, sometimes with every line break as CRLF. */
const documentText = fc
  .record({ parts: fc.array(fragment, { minLength: 3, maxLength: 120, size: 'large' }), bom: fc.boolean(), crlf: fc.boolean() })
  .map(({ parts, bom, crlf }) => {
    let text = parts.join('');
    if (crlf) text = text.replace(/\r?\n/g, '\r\n');
    return (bom ? '\ufeff' : '') + text;
  });

/** Correct text mutated code point by code point: insertions, deletions, duplications. */
const mutatedText = fc
  .record({
    base: documentText,
    edits: fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom('insert', 'delete', 'duplicate'), insert: fragment }), { maxLength: 8 }),
  })
  .map(({ base, edits }) => {
    const points = Array.from(base);
    for (const edit of edits) {
      const at = points.length === 0 ? 0 : edit.at % (points.length + 1);
      if (edit.kind === 'insert') points.splice(at, 0, ...Array.from(edit.insert));
      else if (edit.kind === 'delete') points.splice(at, 1);
      else if (at < points.length) points.splice(at, 0, points[at]);
    }
    return points.join('');
  });

const kinds: FileKind[] = ['markdown', 'plaintext'];
const anyText = fc.oneof(documentText, mutatedText);
const runs = { numRuns: Number(process.env.TIFA_PROPERTY_RUNS ?? 200) };

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
/** No lone surrogate: in a `u` regex a paired surrogate is one astral code point, a lone one is \p{Cs}. */
function wellFormed(text: string): boolean {
  return !/\p{Cs}/u.test(text);
}
/** Does offset `at` fall between the two halves of a surrogate pair? */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

function lintAll(text: string, kind: FileKind): Finding[] {
  const result = lint(text, { kind, terms });
  assert.deepEqual(
    result.failures.map((f) => `${f.ruleId}: ${f.error.message}`),
    [],
    'no rule may throw',
  );
  return result.findings;
}

for (const kind of kinds) {
  test(`${kind}: findings and fixes lie inside the text, on whole code points, inside their finding`, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const f of lintAll(text, kind)) {
          assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId} range ${f.start}-${f.end} in ${text.length}`);
          assert.ok(!splitsPair(text, f.start) && !splitsPair(text, f.end), `${f.ruleId} splits a surrogate pair`);
          assert.equal(f.matched, text.slice(f.start, f.end));
          assert.ok(/[\u4e00-\u9fff]/.test(f.message), `${f.ruleId} message is 简体中文 first: ${f.message}`);
          for (const fix of f.fixes) {
            assert.ok(f.start <= fix.start && fix.start <= fix.end && fix.end <= f.end, `${f.ruleId} fix ${fix.start}-${fix.end} outside ${f.start}-${f.end}`);
            assert.ok(!splitsPair(text, fix.start) && !splitsPair(text, fix.end), `${f.ruleId} fix splits a surrogate pair`);
          }
        }
      }),
      runs,
    );
  });

  test(`${kind}: applied fixes never overlap and leave the text outside them unchanged`, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { text: fixed, applied } = applyFixes(text, preferredFixes(lintAll(text, kind)));
        let rebuilt = '';
        let at = 0;
        for (const fix of applied) {
          assert.ok(fix.start >= at, `fix at ${fix.start} overlaps the previous one ending at ${at}`);
          rebuilt += text.slice(at, fix.start) + fix.text;
          at = fix.end;
        }
        assert.equal(fixed, rebuilt + text.slice(at));
      }),
      runs,
    );
  });

  test(`${kind}: fix-all is idempotent and keeps BOM, CRLF and well-formed UTF-16`, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = fixAll(text, (t) => lintAll(t, kind)).text;
        const twice = fixAll(once, (t) => lintAll(t, kind)).text;
        assert.equal(twice, once, 'fixing the fixed text changes it again');
        if (text.startsWith('\ufeff')) assert.ok(once.startsWith('\ufeff'), 'BOM lost');
        if (text.includes('\r\n') && !/(^|[^\r])\n/.test(text)) assert.ok(!/(^|[^\r])\n/.test(once), 'a bare LF appeared in a CRLF text');
        if (wellFormed(text)) assert.ok(wellFormed(once), 'a fix broke a surrogate pair');
      }),
      runs,
    );
  });
}

test('arbitrary UTF-16, lone surrogates included: never throws, ranges stay in bounds', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...kinds), (text, kind) => {
      for (const f of lintAll(text, kind)) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
      fixAll(text, (t) => lintAll(t, kind));
    }),
    runs,
  );
});

/**
 * Very long lines: a whole draft on one line, Latin and Chinese, in both kinds. A rule that is quadratic
 * in the line length takes minutes here; the timeout only stops a hang, speed is measured by `npm run bench`.
 */
test('very long lines are checked and fixed like short ones', { timeout: 120_000 }, () => {
  const chinese = Array.from({ length: 4000 }, (_, i) => (i % 7 === 0 ? termPieces[i % termPieces.length] : prose[i % prose.length])).join('');
  const lines = ['a'.repeat(200_000), `${'word, '.repeat(30_000)}end`, chinese, `**${chinese}`, `${'\u{20000}'.repeat(50_000)}做强制制造业`];
  for (const line of lines) {
    for (const kind of kinds) {
      const findings = lintAll(line, kind);
      for (const f of findings) assert.ok(f.end <= line.length && !splitsPair(line, f.start) && !splitsPair(line, f.end));
      const fixed = fixAll(line, (t) => lintAll(t, kind)).text;
      assert.equal(fixAll(fixed, (t) => lintAll(t, kind)).text, fixed);
    }
  }
  const withTypo = lintAll(`${'\u{20000}'.repeat(50_000)}做强制制造业`, 'plaintext');
  assert.ok(withTypo.some((f) => f.matched.includes('做强制制造业') || f.matched === '制'), 'the mistake at the end of a long line is still found');
});

/**
 * Found by the fix-all property (seed 816616340): with a lone CR further up, a lone … was anchored inside
 * the …… of a later paragraph, and every fix-all added one more … to correct text.
 */
test('a lone CR further up does not move prose onto other lines: fix-all leaves a correct …… alone', () => {
  const text = '\ufeff\n\n\n ᾰ     # a\r国家重要先进制造业中心` |      a（一）\r\n\r\n𠀀、a集中力量量办大事𠀀     做强制造业 \n\n | …\r…<!--tifa-disable-next-line term -->a𠀀\r\n\r\n做强制造业：aa做强制造业……（）做强制造业';
  const once = fixAll(text, (t) => lintAll(t, 'markdown')).text;
  assert.ok(once.endsWith('做强制造业：aa做强制造业……（）做强制造业'), once);
  assert.equal(fixAll(once, (t) => lintAll(t, 'markdown')).text, once);
});
