/**
 * Writes the server's message catalogue (libs/shared/errors) for the SPA's tests, which may not
 * import server code: every key with its English text, and the values of translated params.
 * `--check` fails when the committed file is stale: run `npm run messages:print` and commit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serverMessagesJson } from '../libs/shared/errors/src/messages-json';

const file = path.resolve(__dirname, '..', 'libs/web/ui/src/i18n/server-messages.generated.json');
const json = serverMessagesJson();
if (process.argv.includes('--check')) {
  if ((fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '') !== json) {
    console.error('server-messages.generated.json is stale: run `npm run messages:print` and commit the result.');
    process.exit(1);
  }
  console.log('server-messages.generated.json is current');
} else {
  fs.writeFileSync(file, json);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
