/**
 * Writes the server's message catalogue (libs/shared/errors) for the SPA's tests, which may not
 * import server code: every key with its English text, and the values of translated params. And
 * the other way round, the SPA's translations of the catalogue (features/server.<lng>.json and lazy/server-*.<lng>.json)
 * for the
 * pages and files the server writes itself (libs/shared/errors/src/message-translations.generated.ts).
 * `--check` fails when a committed file is stale: run `npm run messages:print` and commit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { messageTranslationsTs, serverMessagesJson, TRANSLATED_LOCALES } from '../libs/shared/errors/src/messages-json';

const root = path.resolve(__dirname, '..');
type Tree = { [key: string]: string | Tree };
const i18nDir = path.join(root, 'libs/web/ui/src/i18n');
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Tree>;
const merge = (a: Tree, b: Tree): Tree => Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, typeof a[k] === 'object' && typeof b[k] === 'object' ? merge(a[k] as Tree, b[k] as Tree) : (b[k] ?? a[k])!]));
// The server's messages: the eagerly loaded file, and the lazily loaded ones a domain's screens bring
// (lazy/server-*.<lng>.json: marketing's, and the texts of mail no screen shows).
const features = (locale: string) => ({
  server: [path.join(i18nDir, `features/server.${locale}.json`), ...fs.readdirSync(path.join(i18nDir, 'lazy')).filter((f) => f.startsWith('server-') && f.endsWith(`.${locale}.json`)).sort().map((f) => path.join(i18nDir, 'lazy', f))]
    .map((file) => read(file)['server'] ?? {})
    .reduce(merge, {}),
});
const outputs = [
  { file: path.join(root, 'libs/web/ui/src/i18n/server-messages.generated.json'), text: serverMessagesJson() },
  {
    file: path.join(root, 'libs/shared/errors/src/message-translations.generated.ts'),
    text: messageTranslationsTs(Object.fromEntries(TRANSLATED_LOCALES.map((l) => [l, features(l)])) as Record<(typeof TRANSLATED_LOCALES)[number], unknown>),
  },
];

for (const { file, text } of outputs) {
  const name = path.relative(process.cwd(), file);
  if (process.argv.includes('--check')) {
    if ((fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '') !== text) {
      console.error(`${name} is stale: run \`npm run messages:print\` and commit the result.`);
      process.exitCode = 1;
    } else console.log(`${name} is current`);
  } else {
    fs.writeFileSync(file, text);
    console.log(`wrote ${name}`);
  }
}
