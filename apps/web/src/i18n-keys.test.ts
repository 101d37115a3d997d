import { resources } from '@rapport/web-ui';
import { describe, expect, it } from 'vitest';

// Vite reads the sources at transform time, so this needs neither node:fs nor Node typings.
const sources = {
  ...import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  ...import.meta.glob<string>(
    ['../../../libs/web/*/src/**/*.{ts,tsx}', '!../../../libs/web/*/src/**/*.test.{ts,tsx}', '!**/generated/**'],
    { query: '?raw', import: 'default', eager: true },
  ),
};

// t('key'), t("key"), i18n.t('key') and <Trans i18nKey="key">, with the key as a plain literal.
// Keys built at runtime (template literals) are not allowed in this code base for that reason.
const KEY_PATTERNS = [
  /(?<![\w$])t\(\s*(['"])([^'"\n]+)\1/g,
  /\bi18nKey\s*=\s*\{?\s*(['"])([^'"\n]+)\1/g,
];

function usedKeys(): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const [file, text] of Object.entries(sources)) {
    for (const pattern of KEY_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const key = match[2]!;
        keys.set(key, [...(keys.get(key) ?? []), file]);
      }
    }
  }
  return keys;
}

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe('translation keys used in code', () => {
  const keys = usedKeys();

  it('finds the sources and the keys in them', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(30);
    expect(keys.size).toBeGreaterThan(100);
    expect(keys.has('login.submit')).toBe(true);
  });

  it('every literal key exists in en.json as a string (a plural as its `_one` and `_other` forms)', () => {
    const present = (key: string) =>
      typeof lookup(resources.en.translation, key) === 'string' ||
      (typeof lookup(resources.en.translation, `${key}_one`) === 'string' && typeof lookup(resources.en.translation, `${key}_other`) === 'string');
    const missing = [...keys]
      .filter(([key]) => !present(key))
      .map(([key, files]) => `${key} (${files.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('no template-literal keys slip past the check', () => {
    const dynamic = Object.entries(sources).flatMap(([file, text]) =>
      [...text.matchAll(/(?<![\w$])t\(\s*`/g)].map(() => file),
    );
    expect(dynamic).toEqual([]);
  });
});
