import fs from 'node:fs';
import path from 'node:path';
import { AppError } from './app-error';
import { lookupMessage, objectKeyOf } from './message-lookup';
import { messageTranslationsTs, serverMessagesJson, TRANSLATED_LOCALES } from './messages-json';
import { spaServerTranslations } from './spa-translations';
import { TRANSLATED_PARAMS } from './messages';

/**
 * Every message a person can get from the API has a key the SPA translates. The throw sites write
 * English; these tests read the server's sources for the messages they throw and fail on one the
 * catalogue does not know (add it to messages.ts and its translations to server.*.json).
 */
const ROOT = path.resolve(__dirname, '../../../..');
const SERVER_DIRS = ['libs', 'apps'].map((d) => path.join(ROOT, d));
// The web app, test files and the parts whose strings are not API messages (mail, HTML markup, generated files).
const SKIP = /\/(web|web-e2e|node_modules|generated|fuzz|testing)\/|\.(spec|int-spec|e2e)\.ts$|\.generated\.ts$|\/(form-html|eviction-policy|redis-eviction-check|config)\.ts$/;

function serverFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP.test(`${p}/`)) serverFiles(p, out);
    } else if (p.endsWith('.ts') && !SKIP.test(p)) out.push(p);
  }
  return out;
}

const LITERAL = String.raw`('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\x60(?:[^\x60\\]|\\.)*\x60)`;
/** Where a thrown message is written: a field error, an AppError factory or constructor, a forbidden-helper. */
const SITES = [
  String.raw`\{ path(?:: [^,{}]+)?, message: ` + LITERAL,
  String.raw`AppError\.(?:forbidden|unauthenticated)\(` + LITERAL,
  String.raw`new AppError\(\s*ErrorCode\.\w+,\s*` + LITERAL,
  String.raw`AppError\.validation\([^;]*?\],\s*` + LITERAL + String.raw`\)`,
  String.raw`fileError\(` + LITERAL,
  String.raw`assertAllowed\((?:[^;(),]*,){3}\s*` + LITERAL + String.raw`\)`,
  String.raw`invalid\(` + LITERAL,
  // Messages kept in constants: the API edge's checks, the database's refusals by SQLSTATE.
  String.raw`[A-Z_]+_MESSAGE = ` + LITERAL,
  String.raw`^  '[0-9A-Z]{5}': ` + LITERAL,
  String.raw`^  (?:nul|surrogate|reservedKey|tooDeep): ` + LITERAL,
].map((s) => new RegExp(s, 'gm'));

/** A literal's text, each `${…}` of a template literal replaced by `word`. */
function sample(literal: string, word: string): string {
  return literal
    .slice(1, -1)
    .replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, word)
    .replace(/\\(['"`\\])/g, '$1');
}

// A template's placeholders may stand for a word clients translate (an object, a quote status) or a number.
const SAMPLE_WORDS = ['account', 'pending approval', '7'];

interface Site {
  file: string;
  literal: string;
  text: string;
}

function thrownMessages(): Site[] {
  const out: Site[] = [];
  for (const file of SERVER_DIRS.flatMap((d) => serverFiles(d))) {
    const src = fs.readFileSync(file, 'utf8');
    for (const re of SITES) for (const m of src.matchAll(re)) out.push({ file: path.relative(ROOT, file), literal: m[1], text: sample(m[1], SAMPLE_WORDS[0]) });
  }
  return out;
}

describe('server messages have keys', () => {
  const sites = thrownMessages();

  it('finds the throw sites (guards against a scan that matches nothing)', () => {
    expect(sites.length).toBeGreaterThan(150);
    expect(sites.map((s) => s.text)).toEqual(expect.arrayContaining(['The email or password is not correct.', 'This user does not exist or is inactive.', 'unknown field "account"', 'is not a valid id', 'A value is too long for its field.', 'nests deeper than account levels']));
  });

  it('every thrown message is in the catalogue', () => {
    const unknown = sites.filter((s) => !SAMPLE_WORDS.some((w) => lookupMessage(sample(s.literal, w)))).map((s) => `${s.file}: ${s.text}`);
    expect(unknown).toEqual([]);
  });

  it('every not-found names an object clients can translate', () => {
    const objects = new Set<string>(TRANSLATED_PARAMS.object);
    const whats = [...new Set(SERVER_DIRS.flatMap((d) => serverFiles(d)).flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/AppError\.notFound\('([^']+)'\)/g)].map((m) => m[1])))];
    expect(whats.length).toBeGreaterThan(15);
    expect(whats.filter((w) => !objects.has(objectKeyOf(w)))).toEqual([]);
    // Messages routed through a helper (setup rows) pass their English to notFound too.
    for (const what of ['The scoring rule', 'The SLA policy', 'The routing rule']) expect(objects.has(AppError.notFound(what).params['object'] as string)).toBe(true);
  });

  it('the SPA’s copy of the catalogue is current (npm run messages:print)', () => {
    const file = path.join(ROOT, 'libs/web/ui/src/i18n/server-messages.generated.json');
    expect(fs.readFileSync(file, 'utf8')).toBe(serverMessagesJson());
  });

  it('the server’s copy of the SPA’s translations is current (npm run messages:print after editing features/server.*.json)', () => {
    const read = (locale: string) => spaServerTranslations(ROOT, locale);
    const expected = messageTranslationsTs(Object.fromEntries(TRANSLATED_LOCALES.map((l) => [l, read(l)])) as Record<(typeof TRANSLATED_LOCALES)[number], unknown>);
    expect(fs.readFileSync(path.join(ROOT, 'libs/shared/errors/src/message-translations.generated.ts'), 'utf8')).toBe(expected);
  });
});
