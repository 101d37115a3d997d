// Builds the SPA with Vite when its sources changed since the last build (a second start is quick).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export async function buildWebIfStale(root, log = console.log, force = false) {
  const stamp = path.join(root, 'dist', 'web', '.build-stamp');
  const sources = Math.max(newestMtime(path.join(root, 'apps', 'web')), newestMtime(path.join(root, 'libs', 'web')));
  if (!force && fs.existsSync(stamp) && Number(fs.readFileSync(stamp, 'utf8')) >= sources) {
    log('web app is up to date');
    return false;
  }
  log('building the web app…');
  const started = Date.now();
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('the web build failed');
  fs.writeFileSync(stamp, String(sources));
  log(`web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
