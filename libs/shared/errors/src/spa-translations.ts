import fs from 'node:fs';
import path from 'node:path';

type Tree = { [key: string]: string | Tree };

const merge = (a: Tree, b: Tree): Tree =>
  Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, typeof a[k] === 'object' && typeof b[k] === 'object' ? merge(a[k] as Tree, b[k] as Tree) : (b[k] ?? a[k])!]));

/**
 * The SPA's translations of the server's messages in one language, as `{ server: … }`: the file its
 * first screen loads (features/server.<lng>.json) merged with the lazily loaded ones
 * (lazy/server-*.<lng>.json: a domain's errors that come with its screens, and mail texts no screen
 * shows). Read by `npm run messages:print` and by the spec that holds its output current. Node only.
 */
export function spaServerTranslations(root: string, locale: string): { server: Tree } {
  const dir = path.join(root, 'libs/web/ui/src/i18n');
  const lazy = fs.readdirSync(path.join(dir, 'lazy')).filter((f) => f.startsWith('server-') && f.endsWith(`.${locale}.json`)).sort();
  const files = [path.join(dir, `features/server.${locale}.json`), ...lazy.map((f) => path.join(dir, 'lazy', f))];
  return { server: files.map((f) => (JSON.parse(fs.readFileSync(f, 'utf8')) as { server?: Tree }).server ?? {}).reduce(merge, {}) };
}
