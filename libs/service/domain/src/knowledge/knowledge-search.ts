/**
 * Knowledge base search (issue 19 item 3), the pure half: how a person's words become a PostgreSQL
 * text-search query, and how the matched words are shown. Chinese has no spaces between words, so
 * CJK text is indexed as its overlapping two-character pieces (bigrams: "打印机" → 打印, 印机) and
 * each run's last character alone (so that one character typed is the prefix of some lexeme);
 * Latin text goes through the English stemmer. The index side is the SQL function
 * `knowledge_search_vector` (migration Knowledge…), which splits the text with the same character
 * classes as `CJK` below: keep the two in step.
 */

/** Han (with extension A and compatibility ideographs), kana and Hangul: the scripts written without spaces. Same ranges as the SQL function. */
const CJK_CLASS = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af';
const CJK_CHAR = new RegExp(`[${CJK_CLASS}]`);
/** A CJK run, or a Latin (any other letters and digits) word. */
const TOKEN = new RegExp(`([${CJK_CLASS}]+)|((?:(?![${CJK_CLASS}])[\\p{L}\\p{M}\\p{N}])+)`, 'gu');

/** Terms looked at in one query: a pasted page becomes its first words, not a statement of thousands of terms. */
export const KNOWLEDGE_QUERY_MAX_TERMS = 24;
/** Characters of a query read at all (a case's description is longer; its beginning says what it is about). */
const QUERY_READ_CHARS = 4000;
/** A Latin "word" longer than this is not a word (PostgreSQL would ignore it with a notice). */
const WORD_MAX = 64;

export interface CjkTerm {
  /** The run as typed. */
  run: string;
  /** Its bigrams, or the one character (then matched as a prefix). */
  grams: string[];
  /** A single character: matches any lexeme starting with it. */
  prefix: boolean;
}

export interface ParsedKnowledgeQuery {
  /** Latin words, lower-cased, at most WORD_MAX characters each: the database stems them and matches them as prefixes. */
  words: string[];
  /** CJK runs with their bigrams. */
  cjk: CjkTerm[];
}

export const isCjk = (ch: string) => CJK_CHAR.test(ch);

/** The overlapping two-character pieces of a CJK run (one character: itself). */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return [...new Set(out)];
}

/**
 * A person's query as search terms: Latin words (any punctuation or operator characters are
 * separators, never syntax) and CJK runs as their bigrams. Repeated terms count once; at most
 * KNOWLEDGE_QUERY_MAX_TERMS lexemes in all, in the order typed.
 */
export function parseKnowledgeQuery(query: string, maxTerms = KNOWLEDGE_QUERY_MAX_TERMS): ParsedKnowledgeQuery {
  const words: string[] = [];
  const cjk: CjkTerm[] = [];
  const seenRuns = new Set<string>();
  let budget = maxTerms;
  for (const m of query.slice(0, QUERY_READ_CHARS).normalize('NFKC').matchAll(TOKEN)) {
    if (budget <= 0) break;
    if (m[1]) {
      if (seenRuns.has(m[1])) continue;
      seenRuns.add(m[1]);
      const grams = bigrams(m[1]).slice(0, budget);
      budget -= grams.length;
      cjk.push({ run: m[1], grams, prefix: grams.length === 1 && [...m[1]].length === 1 });
    } else if (m[2]) {
      const w = m[2].toLowerCase();
      if (w.length > WORD_MAX || words.includes(w)) continue;
      words.push(w);
      budget -= 1;
    }
  }
  return { words, cjk };
}

export const isEmptyQuery = (q: ParsedKnowledgeQuery) => q.words.length === 0 && q.cjk.length === 0;

/**
 * The query as two tsquery texts, combined by the caller: `latin` for `to_tsquery('english', …)`
 * (each word a stemmed prefix, `configur:*`), `cjk` for a plain `::tsquery` cast (the lexemes as
 * indexed, unprocessed). Within a CJK run its bigrams are ANDed (all pieces of the phrase present);
 * the terms are ANDed for a search and ORed for suggestions (`any`). Only letters, digits and CJK
 * characters reach the texts, so they cannot be malformed.
 */
export function knowledgeTsQueries(q: ParsedKnowledgeQuery, mode: 'all' | 'any'): { latin: string | null; cjk: string | null } {
  const op = mode === 'all' ? ' & ' : ' | ';
  const latin = q.words.map((w) => `${w}:*`).join(op);
  const cjk = q.cjk
    .map((t) => (t.prefix ? `'${t.grams[0]}':*` : t.grams.length === 1 ? `'${t.grams[0]}'` : `(${t.grams.map((g) => `'${g}'`).join(' & ')})`))
    .join(op);
  return { latin: latin || null, cjk: cjk || null };
}

/** A piece of text for the reader, marked when it matched: the web renders these as text, never as HTML. */
export interface TextSegment {
  text: string;
  match: boolean;
}

const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 's', 'ly'];

/** A rough English stem for highlighting only (the search itself uses PostgreSQL's): "configuration" → "configur". */
export function highlightRoot(word: string): string {
  for (const s of SUFFIXES) if (word.endsWith(s) && word.length - s.length >= 3) return word.slice(0, -s.length);
  return word;
}

/** Where the query's terms occur in `text`: [start, end) ranges in string indices, sorted and merged. */
export function matchRanges(text: string, q: ParsedKnowledgeQuery): [number, number][] {
  const ranges: [number, number][] = [];
  const roots = q.words.map(highlightRoot);
  if (roots.length) {
    for (const m of text.matchAll(TOKEN)) {
      if (!m[2]) continue;
      const lower = m[2].toLowerCase();
      if (roots.some((r) => lower.startsWith(r))) ranges.push([m.index!, m.index! + m[2].length]);
    }
  }
  for (const t of q.cjk) {
    for (const g of t.grams) {
      for (let i = text.indexOf(g); i >= 0; i = text.indexOf(g, i + 1)) ranges.push([i, i + g.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** `text` cut into matched and unmatched segments (adjacent pieces of one kind joined). */
export function highlight(text: string, q: ParsedKnowledgeQuery): TextSegment[] {
  return segmentsOf(text, matchRanges(text, q));
}

function segmentsOf(text: string, ranges: readonly [number, number][]): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) out.push({ text: text.slice(at, s), match: false });
    out.push({ text: text.slice(s, e), match: true });
    at = e;
  }
  if (at < text.length || !out.length) out.push({ text: text.slice(at), match: false });
  return out;
}

/** Markdown as the words a reader sees: images by their alt text, links by their text, no markup. */
export function markdownToPlain(md: string): string {
  return md
    .replace(/```[^\n]*\n?/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>\n]{0,200}>/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[`*_~|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Characters of context kept before the first match in a snippet. */
const LEAD = 40;

/**
 * A short extract of a Markdown body around its first match, as segments: `length` characters at
 * most (plus an ellipsis at either cut end); the beginning when nothing matches.
 */
export function snippet(body: string, q: ParsedKnowledgeQuery, length = 200): TextSegment[] {
  const plain = markdownToPlain(body);
  const ranges = matchRanges(plain, q);
  let start = ranges.length ? Math.max(0, ranges[0]![0] - Math.min(LEAD, Math.floor(length / 4))) : 0;
  // Never cut a surrogate pair or a word in half at the start when a space is near.
  if (start > 0) {
    const space = plain.lastIndexOf(' ', start);
    if (space >= 0 && start - space < 15 && space + 1 <= ranges[0]![0]) start = space + 1;
    if (/[\udc00-\udfff]/.test(plain[start] ?? '')) start -= 1;
  }
  let end = Math.min(plain.length, start + length);
  if (/[\ud800-\udbff]/.test(plain[end - 1] ?? '')) end -= 1;
  const window = plain.slice(start, end);
  const inside = ranges.filter(([s, e]) => e > start && s < end).map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start] as [number, number]);
  const segs = segmentsOf(window, inside);
  if (start > 0) segs.unshift({ text: '…', match: false });
  if (end < plain.length) segs.push({ text: '…', match: false });
  return joinPlain(segs);
}

/** Adjacent unmatched segments as one. */
function joinPlain(segs: TextSegment[]): TextSegment[] {
  const out: TextSegment[] = [];
  for (const s of segs) {
    const last = out[out.length - 1];
    if (last && !last.match && !s.match) last.text += s.text;
    else if (s.text) out.push({ ...s });
  }
  return out;
}
