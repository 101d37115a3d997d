/// <reference types="node" />
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from './i18n';

/**
 * docs/glossary.md is the one place that says which word each language uses for each concept.
 * This reads its table and fails when a word from a "never" column appears in that language: in
 * the web app's locale files, or in server code that renders text (emails, notifications, PDFs,
 * server messages), so a second name for a concept cannot creep in.
 */
const root = path.resolve(__dirname, '../../../../..');
type Lng = 'zh-CN' | 'zh-TW';

function neverWords(): { lng: Lng; word: string; concept: string }[] {
  const doc = fs.readFileSync(path.join(root, 'docs/glossary.md'), 'utf8');
  const rows = doc.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| concept') && !l.startsWith('|---'));
  return rows.flatMap((row) => {
    const cells = row.split('|').slice(1, -1).map((c) => c.trim());
    const words = (cell: string | undefined) => (cell ?? '').replace(/\(.*?\)/g, '').split(',').map((w) => w.trim()).filter(Boolean);
    return [
      ...words(cells[4]).map((word) => ({ lng: 'zh-CN' as const, word, concept: cells[0]! })),
      ...words(cells[5]).map((word) => ({ lng: 'zh-TW' as const, word, concept: cells[0]! })),
    ];
  });
}

function strings(tree: unknown, out: string[] = []): string[] {
  if (typeof tree === 'string') out.push(tree);
  else if (tree && typeof tree === 'object') for (const v of Object.values(tree)) strings(v, out);
  return out;
}

/** Server files that hold texts per language: the text after `'zh-CN':` up to the next language key is zh-CN. */
function serverTexts(): { file: string; lng: Lng; text: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'generated', 'migrations', 'fuzz', 'seed'].includes(entry.name)) walk(p);
      } else if (/\.tsx?$/.test(entry.name) && !/\.(spec|test|int-spec|e2e)\.tsx?$/.test(entry.name)) files.push(p);
    }
  };
  walk(path.join(root, 'libs'));
  walk(path.join(root, 'apps'));
  const out: { file: string; lng: Lng; text: string }[] = [];
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    if (!/[\u4e00-\u9fff]/.test(source)) continue;
    const markers = [...source.matchAll(/['"]?(en|zh-CN|zh-TW)['"]?\s*:/g)];
    markers.forEach((m, i) => {
      const lng = m[1];
      if (lng === 'zh-CN' || lng === 'zh-TW') out.push({ file: path.relative(root, file), lng, text: source.slice(m.index, markers[i + 1]?.index ?? source.length) });
    });
  }
  return out;
}

describe('glossary (docs/glossary.md)', () => {
  const never = neverWords();

  it('has its table (guards against a renamed or reformatted doc)', () => {
    expect(never.length).toBeGreaterThan(10);
    expect(never).toContainEqual({ lng: 'zh-TW', word: '銷售機會', concept: 'opportunity' });
  });

  for (const lng of ['zh-CN', 'zh-TW'] as const) {
    it(`the ${lng} screens use one word per concept`, () => {
      const texts = strings(resources[lng].translation);
      const found = never.filter((n) => n.lng === lng).flatMap((n) => texts.filter((s) => s.includes(n.word)).map((s) => `${n.concept}: "${n.word}" in "${s}"`));
      expect(found).toEqual([]);
    });
  }

  it('server texts (emails, notifications, PDFs, messages) use the same words', () => {
    const texts = serverTexts();
    expect(texts.length).toBeGreaterThan(0);
    const found = never.flatMap((n) => texts.filter((t) => t.lng === n.lng && t.text.includes(n.word)).map((t) => `${t.file} (${n.lng}): ${n.concept} as "${n.word}"`));
    expect([...new Set(found)]).toEqual([]);
  });
});
