import { Tokenizer, TypeGuards } from 'liquidjs';
import { templateLiquid } from './template';

/**
 * The analysis behind `prepareVariant` (prepared.ts): which Liquid constructs a template has, and
 * whether MJML can compile the template once with each construct replaced by an alphanumeric
 * placeholder and still give, after Liquid runs on its output, exactly the HTML that rendering
 * Liquid first and compiling per person gives.
 *
 * The argument (each rule below refuses what it does not cover, and the caller then renders per
 * person): MJML copies the content of an "ending tag" (mj-text, mj-button, mj-raw, mj-table) as a
 * verbatim substring, trimmed, and a few attributes as verbatim values; everything else it
 * interprets. So every construct must sit in such a region, and whatever Liquid can make of a region
 * must not change how MJML's HTML parser (htmlparser2) finds the region's end: outputs are
 * HTML-escaped (no `<`, `>` or quotes) and only stand in text or quoted values, and every branch of
 * a block starts and ends in the same tokenizer state, so any choice or repetition of branches
 * leaves the parser where the placeholder version left it. The trim MJML applies to a region is
 * re-applied to the rendered region where its edges are Liquid (`needsTrim`).
 */

export type Part = string | number;
export type ConstructKind = 'output' | 'silent' | 'open' | 'branch' | 'close' | 'unsupported';

export interface Construct {
  /** Liquid text as restored into the compiled HTML: whitespace-control dashes dropped (already applied to the literals around). */
  text: string;
  name: string;
  kind: ConstructKind;
}

export interface Split {
  /** Literal text (whitespace control applied) and indexes into `constructs`, in source order. */
  parts: Part[];
  constructs: Construct[];
}

const BLOCKS = ['if', 'unless', 'case', 'for', 'capture', 'comment'];
const BRANCHES = new Set(['elsif', 'else', 'when']);
/** Tags that write nothing, or only a number. `cycle`, `tablerow`, `liquid`, `include`… are left to the per-person path. */
const SILENT = new Set(['assign', '#', 'break', 'continue']);
const NUMERIC = new Set(['increment', 'decrement']);
/** Tags that change variables: a separately rendered guard (`guardTemplate`) must not depend on them. */
export const MUTATING = new Set(['assign', 'capture', 'increment', 'decrement']);

function kindOf(name: string, args: string): ConstructKind {
  if (BLOCKS.includes(name)) return 'open';
  if (name.startsWith('end') && BLOCKS.includes(name.slice(3))) return 'close';
  if (BRANCHES.has(name)) return 'branch';
  if (SILENT.has(name) || NUMERIC.has(name)) return 'silent';
  // `echo` writes escaped like an output, unless its last filter is `raw`.
  if (name === 'echo') return /\braw\b/.test(args) ? 'unsupported' : 'output';
  return 'unsupported';
}

/** The template's literals and constructs, tokenized by liquidjs itself with the sandbox's options. */
export function splitLiquid(source: string): Split {
  const options = templateLiquid.options;
  const tokens = new Tokenizer(source, options.operators, undefined, undefined, options.groupedExpressions).readTopLevelTokens(options);
  const parts: Part[] = [];
  const constructs: Construct[] = [];
  let raw: string | null = null;
  for (const token of tokens) {
    if (TypeGuards.isHTMLToken(token)) {
      if (raw !== null) raw += token.getContent();
      else parts.push(token.getContent());
    } else if (TypeGuards.isTagToken(token)) {
      if (token.name === 'raw') raw = '';
      else if (token.name === 'endraw') {
        // A raw block writes its text unescaped: only text that cannot open a tag or close a quote behaves like an output.
        const text = raw ?? '';
        parts.push(constructs.push({ text: `{% raw %}${text}{% endraw %}`, name: 'raw', kind: /[<>"']/.test(text) ? 'unsupported' : 'output' }) - 1);
        raw = null;
      } else parts.push(constructs.push({ text: `{% ${token.content} %}`, name: token.name, kind: kindOf(token.name, token.args) }) - 1);
    } else if (TypeGuards.isOutputToken(token)) {
      parts.push(constructs.push({ text: `{{ ${token.content} }}`, name: '', kind: /\braw\b/.test(token.content) ? 'unsupported' : 'output' }) - 1);
    }
  }
  return { parts, constructs };
}

/** The delimited (tag and output) tokens of a text, as liquidjs reads them: the restored HTML must read as the constructs put in. */
export function delimitedTokens(source: string): string[] {
  const options = templateLiquid.options;
  return new Tokenizer(source, options.operators, undefined, undefined, options.groupedExpressions)
    .readTopLevelTokens(options)
    .filter((t) => !TypeGuards.isHTMLToken(t))
    .map((t) => t.getText());
}

/** Whether nothing in the options changes how restored constructs read (default delimiters, no implicit trimming). */
export function optionsSupported(): boolean {
  const o = templateLiquid.options;
  return o.tagDelimiterLeft === '{%' && o.tagDelimiterRight === '%}' && o.outputDelimiterLeft === '{{' && o.outputDelimiterRight === '}}' && !o.trimTagLeft && !o.trimTagRight && !o.trimOutputLeft && !o.trimOutputRight;
}

/** Placeholders `<prefix><n>Z`; the prefix is the first `Lqx<k>X` that no given text contains, so a placeholder cannot be mistaken for text. */
export class Placeholders {
  readonly prefix: string;
  constructor(texts: string[]) {
    let k = 0;
    while (texts.some((t) => t.includes(`Lqx${k}X`))) k++;
    this.prefix = `Lqx${k}X`;
  }
  of(i: number): string {
    return `${this.prefix}${i}Z`;
  }
  /** Every placeholder in `text`, in order; null when the prefix appears anywhere but in a whole placeholder. */
  find(text: string): { index: number; at: number; end: number }[] | null {
    const found: { index: number; at: number; end: number }[] = [];
    const re = new RegExp(`${this.prefix}(\\d+)Z`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) found.push({ index: Number(m[1]), at: m.index, end: m.index + m[0].length });
    return text.split(this.prefix).length - 1 === found.length ? found : null;
  }
}

/** htmlparser2's whitespace (not JavaScript's `\s`, which also has no-break and other spaces). */
const isBlank = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r';

/** Ending tags of MJML 5 (their content is copied, not parsed); of those, the ones whose content may hold Liquid. */
const ENDING = new Set(['mj-accordion-text', 'mj-accordion-title', 'mj-button', 'mj-carousel-image', 'mj-breakpoint', 'mj-preview', 'mj-style', 'mj-title', 'mj-navbar-link', 'mj-raw', 'mj-social-element', 'mj-table', 'mj-text']);
const CONTENT_REGIONS = new Set(['mj-text', 'mj-button', 'mj-raw', 'mj-table']);
/**
 * Attributes MJML writes out once and as given. `href` decides whether a button is a link and an
 * image is wrapped in one (and MJML reads "false" as false), so a rendered `href` that is empty or
 * "false" sends that person down the per-person path (`guard`).
 */
const ATTRIBUTE_REGIONS: Record<string, Record<string, 'guard' | 'plain'>> = {
  'mj-button': { href: 'guard', title: 'plain', name: 'plain', rel: 'plain' },
  'mj-image': { src: 'plain', alt: 'plain', href: 'guard', title: 'plain' },
};

export interface Region {
  kind: 'content' | 'attribute';
  tag: string;
  attribute?: string;
  quoted?: boolean;
  start: number;
  end: number;
}

/**
 * The regions of an MJML document (placeholders are plain letters and digits to this scan): the
 * content of each ending tag and every attribute value of an mj- tag. A string is the reason the
 * document is not scanned (markup this scan does not follow as htmlparser2 would).
 */
export function scanMjml(mjml: string): Region[] | string {
  const regions: Region[] = [];
  let i = 0;
  for (;;) {
    const lt = mjml.indexOf('<', i);
    if (lt < 0) return regions;
    if (mjml.startsWith('<!--', lt)) {
      const end = mjml.indexOf('-->', lt + 4);
      if (end < 0) return 'an unclosed comment';
      i = end + 3;
      continue;
    }
    if (mjml[lt + 1] === '!' || mjml[lt + 1] === '?') return 'a declaration or CDATA';
    const name = /^<(\/?)([a-zA-Z][^ \t\n\f\r/>]*)/.exec(mjml.slice(lt, lt + 200));
    if (!name) {
      i = lt + 1;
      continue;
    }
    const tag = name[2]!;
    let p = lt + name[0].length;
    if (name[1]) {
      // htmlparser2 reads nothing in a closing tag but its name, up to the next `>`.
      const gt = mjml.indexOf('>', p);
      if (gt < 0) return 'an unclosed tag';
      i = gt + 1;
      continue;
    }
    let selfClosing = false;
    // Attributes as htmlparser2 reads them: a name up to `=`, blank, `/` or `>`; a value quoted or up to blank or `>`.
    for (;;) {
      while (p < mjml.length && isBlank(mjml[p]!)) p++;
      if (p >= mjml.length) return 'an unclosed tag';
      if (mjml[p] === '>') break;
      if (mjml[p] === '/') {
        if (mjml[p + 1] === '>') {
          selfClosing = true;
          p++;
          break;
        }
        p++;
        continue;
      }
      const attrStart = p;
      while (p < mjml.length && !isBlank(mjml[p]!) && !'/>='.includes(mjml[p]!)) p++;
      const attribute = mjml.slice(attrStart, p);
      while (p < mjml.length && isBlank(mjml[p]!)) p++;
      if (mjml[p] !== '=') continue;
      p++;
      while (p < mjml.length && isBlank(mjml[p]!)) p++;
      const quote = mjml[p];
      if (quote === '"' || quote === "'") {
        const close = mjml.indexOf(quote, p + 1);
        if (close < 0) return 'an unclosed attribute value';
        regions.push({ kind: 'attribute', tag, attribute, quoted: true, start: p + 1, end: close });
        p = close + 1;
      } else {
        const start = p;
        while (p < mjml.length && !isBlank(mjml[p]!) && mjml[p] !== '>') p++;
        regions.push({ kind: 'attribute', tag, attribute, quoted: false, start, end: p });
      }
    }
    i = p + 1;
    if (selfClosing || !ENDING.has(tag.toLowerCase())) continue;
    // MJML cuts the content at `</name` with the name as htmlparser2 reports it (lower case).
    if (tag !== tag.toLowerCase()) return `an upper-case <${tag}>`;
    const close = mjml.indexOf(`</${tag}`, i);
    if (close < 0 || !/[ \t\n\f\r>]/.test(mjml[close + tag.length + 2] ?? '')) return `an unclosed <${tag}>`;
    if (hidesEnd(mjml.slice(i, close))) return `a comment or script across the end of <${tag}>`;
    regions.push({ kind: 'content', tag, start: i, end: close });
    i = close;
  }
}

/**
 * Whether an ending tag's content leaves open a comment, CDATA or raw-text element, inside which
 * htmlparser2 would not see the `</name` this scan ends the region at.
 */
function hidesEnd(content: string): boolean {
  const opener = /<!--|<!\[CDATA\[|<(script|style|title|textarea|xmp|iframe|noembed|noframes|noscript|plaintext)(?![\w-])/gi;
  for (let m = opener.exec(content); m; m = opener.exec(content)) {
    const closer = m[1] ? new RegExp(`</${m[1]}`, 'i') : m[0] === '<!--' ? /-->/ : /\]\]>/;
    const rest = content.slice(m.index + m[0].length);
    const end = closer.exec(rest);
    if (!end) return true;
    opener.lastIndex = m.index + m[0].length + end.index + end[0].length;
  }
  return false;
}

/** Markup that would make htmlparser2 leave its plain text/tag states inside a region (comments, raw-text elements, nested MJML). */
const FORBIDDEN_IN_REGION = /<[!?]|<\/?mj-|<\/?(?:script|style|title|textarea|xmp|iframe|noembed|noframes|noscript|plaintext|svg|math)(?![\w-])/i;

type State = 'text' | 'tagName' | 'beforeAttr' | 'attrName' | 'afterAttr' | 'beforeValue' | 'unquoted' | 'dq' | 'sq' | 'closeTag';

/** One character of htmlparser2's tokenizer, coarsened to what decides where a tag ends. */
function step(state: State, c: string, next: string | undefined): State {
  const blank = isBlank(c);
  switch (state) {
    case 'text':
      if (c !== '<') return 'text';
      if (next !== undefined && /[a-zA-Z]/.test(next)) return 'tagName';
      return next === '/' ? 'closeTag' : 'text';
    case 'tagName':
      return c === '>' ? 'text' : blank || c === '/' ? 'beforeAttr' : 'tagName';
    case 'beforeAttr':
      return c === '>' ? 'text' : blank || c === '/' ? 'beforeAttr' : 'attrName';
    case 'attrName':
      return c === '>' ? 'text' : c === '=' ? 'beforeValue' : c === '/' ? 'beforeAttr' : blank ? 'afterAttr' : 'attrName';
    case 'afterAttr':
      return c === '>' ? 'text' : c === '=' ? 'beforeValue' : c === '/' ? 'beforeAttr' : blank ? 'afterAttr' : 'attrName';
    case 'beforeValue':
      return c === '"' ? 'dq' : c === "'" ? 'sq' : c === '>' ? 'text' : blank ? 'beforeValue' : 'unquoted';
    case 'unquoted':
      return c === '>' ? 'text' : blank ? 'beforeAttr' : 'unquoted';
    case 'dq':
      return c === '"' ? 'beforeAttr' : 'dq';
    case 'sq':
      return c === "'" ? 'beforeAttr' : 'sq';
    case 'closeTag':
      return c === '>' ? 'text' : 'closeTag';
  }
}

/** States where an escaped value (no `<`, `>` or quotes) cannot move the tokenizer. */
const INERT: ReadonlySet<State> = new Set<State>(['text', 'dq', 'sq']);

export interface RegionCheck {
  /** Literal text outside every block: the region can never render to nothing when it is not blank. */
  topLiteral: string;
  /** The region starts or ends (after MJML's trim) with a construct, so the rendered region must be trimmed again. */
  needsTrim: boolean;
  constructs: number[];
}

/**
 * Checks one region of a protected document (`text` is the region, `found` its placeholders relative
 * to it): every construct known and in an inert state, blocks balanced inside the region, each
 * block's tags all in one tokenizer state, and content regions free of markup this does not model
 * and ending in text state. A string is the reason it fails.
 */
export function checkRegion(text: string, found: { index: number; at: number; end: number }[], constructs: (Construct | undefined)[], content: boolean): RegionCheck | string {
  if (content && found.length && FORBIDDEN_IN_REGION.test(text)) return 'comments, scripts, styles or nested MJML next to Liquid';
  let state: State = content ? 'text' : 'dq';
  const stack: { name: string; state: State }[] = [];
  let topLiteral = '';
  let p = 0;
  for (const f of [...found, { index: -1, at: text.length, end: text.length }]) {
    for (; p < f.at; p++) {
      // The next character of a placeholder is its first letter: `<` before Liquid opens a tag name, and fails below.
      if (content) state = step(state, text[p]!, text[p + 1]);
      if (!stack.length) topLiteral += text[p];
    }
    if (f.index < 0) break;
    p = f.end;
    const c = constructs[f.index];
    if (!c || c.kind === 'unsupported') return `the Liquid ${c ? c.text : 'construct'} (only outputs and if, unless, case, for, capture, comment, assign, raw, increment, decrement tags)`;
    if (!INERT.has(state)) return `the Liquid ${c.text} inside a tag's name or an unquoted value`;
    if (c.kind === 'open') stack.push({ name: c.name, state });
    else if (c.kind === 'branch' || c.kind === 'close') {
      const top = stack[stack.length - 1];
      if (!top || top.state !== state || (c.kind === 'close' && c.name !== `end${top.name}`)) return `the Liquid ${c.text}, whose block does not open and close within one text or attribute with balanced markup`;
      if (c.kind === 'close') stack.pop();
    }
  }
  if (stack.length) return `the Liquid block ${stack[stack.length - 1]!.name} that does not close within its text or attribute`;
  if (content && state !== 'text') return 'text that ends inside an HTML tag';
  const trimmed = text.trim();
  const starts = found.some((f) => f.at === text.length - text.trimStart().length);
  const ends = found.some((f) => f.end === text.trimEnd().length);
  const needsTrim = content && trimmed !== '' && (starts || ends);
  // The trim's closing placeholder goes after the last character: after a `<` it would open a tag.
  if (needsTrim && text.endsWith('<')) return 'a "<" at the end of a text that starts or ends with Liquid';
  return { topLiteral, needsTrim, constructs: found.map((f) => f.index) };
}

export function regionKind(region: Region): 'content' | 'guard' | 'plain' | null {
  if (region.kind === 'content') return CONTENT_REGIONS.has(region.tag) ? 'content' : null;
  if (!region.quoted) return null;
  return ATTRIBUTE_REGIONS[region.tag]?.[region.attribute ?? ''] ?? null;
}
