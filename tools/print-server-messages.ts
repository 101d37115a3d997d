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
import { spaServerTranslations } from '../libs/shared/errors/src/spa-translations';

const root = path.resolve(__dirname, '..');
const features = (locale: string) => spaServerTranslations(root, locale);
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
