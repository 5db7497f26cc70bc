import MarkdownIt from 'markdown-it';

/** markdown-it's token (its types name the class only inside a namespace a default import cannot reach). */
export type Token = ReturnType<MarkdownIt['parse']>[number];

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
 * without a scheme, `gov.cn`, are off: see FUZZY_LINKS).
 */
const LINK_TRIGGER = /[:/@]/;

/** What markdown-it's normalize rule changes: a `\r` (CRLF or a lone CR becomes LF) and NUL (becomes U+FFFD). */
const NEEDS_NORMALIZING = /[\r\0]/;

/**
 * A bare domain (gov.cn, www.gov.cn) stays prose, as in linkify-it 6: 公文 cite sites that way, and the
 * rules skip addresses in prose themselves. markdown-it 14 (chosen over 15, whose tokens are slower to
 * create: a quarter of the parse) comes with linkify-it 5, which links them by default.
 */
export const FUZZY_LINKS = { fuzzyLink: false };

/**
 * markdown-it as the document model needs it (HTML for comments, linkify so that bare URLs are not prose),
 * doing less where the answer is known without it. Its tokens are the same as the stock parser's
 * (markdownParser.test.ts compares them):
 * - inline content without any character an inline rule reacts to becomes its one text token directly,
 *   instead of through the inline parser's state, rule chain and post-processing (most 公文 paragraphs:
 *   a third of the parse);
 * - the source is normalized only when it has something to normalize: markdown-it rewrites it with two
 *   regex replaces over the whole text, a new string even when nothing changes (the 1 MB draft, which has
 *   neither: 1.9–2.2 ms of a 12–13.5 ms parse);
 * - linkify-it's pretest (run on every paragraph) and test for a link, long regexes tried at every
 *   position, run only where a link is possible at all: the pretest alone was a fifth of the parse of
 *   the benchmark's 1 MB draft (2,864 paragraphs: 15.1–15.8 → 11.7–12.8 ms).
 */
export function createMarkdownParser(): MarkdownIt {
  const parser = new MarkdownIt({ html: true, linkify: true });
  parser.linkify.set(FUZZY_LINKS);

  // markdown-it's own rule does the same two replaces, unconditionally.
  parser.core.ruler.at('normalize', (state) => {
    if (NEEDS_NORMALIZING.test(state.src)) state.src = state.src.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  });

  const parseInline = parser.inline.parse.bind(parser.inline);
  const TextToken = new parser.core.State('', parser, {}).Token;
  parser.inline.parse = (source: string, md: MarkdownIt, env: unknown, tokens: Token[]) => {
    if (INLINE_TRIGGER.test(source)) return parseInline(source, md, env, tokens);
    if (source.length === 0) return;
    const token = new TextToken('text', '', 0);
    token.content = source;
    tokens.push(token);
  };

  const linkify = parser.linkify;
  const testLink = linkify.test.bind(linkify);
  linkify.test = (text: string) => LINK_TRIGGER.test(text) && testLink(text);
  // Its pretest also passes bare domains (www., .cn), which the test then turns down: FUZZY_LINKS.
  const pretestLink = linkify.pretest.bind(linkify);
  linkify.pretest = (text: string) => LINK_TRIGGER.test(text) && pretestLink(text);

  return parser;
}
