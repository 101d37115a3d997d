import { createRequire } from 'node:module';

/**
 * jsdom computes an element's style by asking its selector engine whether each of the document's
 * rules matches the element: antd's CSS-in-JS puts ~1,700 rules in a test document, Testing
 * Library asks for the style of every element and ancestor a role query touches, and one answer
 * took ~30 ms. A CPU profile of a 50-row table test put three quarters of its time there.
 *
 * Browsers avoid that work by keying each rule on its rightmost compound selector: a rule whose
 * subject needs class `ant-btn` can only match an element with that class. This does the same in
 * front of jsdom's engine, and only ever says "cannot match" when that is certain; everything else
 * still goes to the real engine, so what matches (and hence what is hidden) is unchanged.
 */

/** What the subject of one complex selector requires of an element; null when nothing is certain. */
export type SubjectKey = { tag: string | null; id: string | null; classes: string[] } | null;

const IDENT = /[A-Za-z0-9_\-\u00A0-\uFFFF]/;

/** Splits at top-level occurrences of `split` (outside brackets, parentheses and quotes). */
function topLevel(text: string, isBreak: (ch: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && isBreak(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The requirements of a compound selector's plain parts (type, #id, .class), ignoring what is nested in :is() and friends. */
function compoundKey(compound: string): SubjectKey {
  // An escape can hide a class boundary; such a compound is left to the real engine.
  if (compound.includes('\\')) return null;
  const key = { tag: null as string | null, id: null as string | null, classes: [] as string[] };
  let i = 0;
  const ident = () => {
    const from = i;
    while (i < compound.length && IDENT.test(compound.charAt(i))) i++;
    return compound.slice(from, i);
  };
  if (IDENT.test(compound.charAt(0))) key.tag = ident().toLowerCase();
  let depth = 0;
  let quote: string | null = null;
  while (i < compound.length) {
    const ch = compound.charAt(i++);
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && ch === '.') key.classes.push(ident());
    else if (depth === 0 && ch === '#') key.id = ident();
  }
  if (key.classes.some((c) => c === '')) return null;
  return key.tag || key.id || key.classes.length ? key : null;
}

/** One key per complex selector of a selector list: the key of its rightmost compound. */
export function selectorKeys(selectorList: string): SubjectKey[] {
  return topLevel(selectorList, (ch) => ch === ',').map((complex) => {
    const compounds = topLevel(complex.trim(), (ch) => ch === ' ' || ch === '>' || ch === '+' || ch === '~' || ch === '\n' || ch === '\t');
    const subject = compounds.filter((c) => c.trim() !== '').at(-1);
    return subject === undefined ? null : compoundKey(subject.trim());
  });
}

/** False only when no selector of the list can match the element. */
export function mayMatch(keys: SubjectKey[], element: Element): boolean {
  return keys.some((key) => {
    if (key === null) return true;
    if (key.tag && key.tag !== '*' && key.tag !== element.localName.toLowerCase()) return false;
    if (key.id && element.id !== key.id) return false;
    return key.classes.every((c) => element.classList.contains(c));
  });
}

type Check = (selector: string, element: unknown) => { match: boolean; pseudoElement: string | null };

/** Puts the prefilter in front of the selector engine jsdom's getComputedStyle uses for `doc`. */
export function installStyleMatchPrefilter(doc: Document): void {
  const requireCjs = createRequire(import.meta.url);
  const { implForWrapper, wrapperForImpl } = requireCjs('jsdom/lib/jsdom/living/generated/utils.js') as {
    implForWrapper: (wrapper: unknown) => { _domSelector: { check: Check } };
    wrapperForImpl: (impl: unknown) => Element;
  };
  const engine = implForWrapper(doc)._domSelector;
  const check = engine.check.bind(engine);
  const keysBySelector = new Map<string, SubjectKey[]>();
  engine.check = (selector, elementImpl) => {
    let keys = keysBySelector.get(selector);
    if (!keys) {
      keys = selectorKeys(selector);
      keysBySelector.set(selector, keys);
    }
    return mayMatch(keys, wrapperForImpl(elementImpl)) ? check(selector, elementImpl) : { match: false, pseudoElement: null };
  };
}
