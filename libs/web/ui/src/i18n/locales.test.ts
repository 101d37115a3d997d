import { describe, expect, it } from 'vitest';
import { resources } from './i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

// Core files and feature files together, as the app loads them.
const locales = Object.fromEntries(Object.entries(resources).map(([lng, r]) => [lng, r.translation])) as Record<string, Tree>;
const flat = Object.fromEntries(Object.entries(locales).map(([lng, tree]) => [lng, flatten(tree)]));
const enKeys = [...flat['en']!.keys()].sort();

describe('locale files', () => {
  it('has a reasonable number of keys (guards against an empty or mis-parsed file)', () => {
    expect(enKeys.length).toBeGreaterThan(100);
  });

  for (const lng of ['zh-CN', 'zh-TW']) {
    it(`${lng} has exactly the same keys as en`, () => {
      expect([...flat[lng]!.keys()].sort()).toEqual(enKeys);
    });

    it(`${lng} uses the same {{placeholders}} as en in every message`, () => {
      const mismatched = enKeys.filter(
        (key) => placeholders(flat['en']!.get(key)!).join() !== placeholders(flat[lng]!.get(key) ?? '').join(),
      );
      expect(mismatched).toEqual([]);
    });
  }

  for (const lng of Object.keys(locales)) {
    it(`${lng} has no empty values`, () => {
      const empty = [...flat[lng]!].filter(([, v]) => v.trim() === '').map(([k]) => k);
      expect(empty).toEqual([]);
    });
  }

  it('Chinese files are really translated: no value is left identical to English prose', () => {
    // Short technical strings ("API", placeholders only) may legitimately match; prose may not.
    for (const lng of ['zh-CN', 'zh-TW']) {
      const untranslated = enKeys.filter((key) => {
        const value = flat['en']!.get(key)!;
        return /[a-z]{3,}\s+[a-z]{3,}/i.test(value) && flat[lng]!.get(key) === value;
      });
      expect(untranslated, lng).toEqual([]);
    }
  });

  it('Simplified and Traditional Chinese are not the same text', () => {
    const same = enKeys.filter((key) => flat['zh-CN']!.get(key) === flat['zh-TW']!.get(key));
    // A handful of words are written identically in both scripts (角色, 操作); whole files are not.
    expect(same.length).toBeLessThan(enKeys.length / 4);
  });
});
