// Installs npm dependencies when they are missing or older than package.json / the lockfile.
// `npm ci` is not used: the registry here lacks other platforms' optional packages (STACK.md).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export function ensureDependencies(root) {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const newest = Math.max(...['package.json', 'package-lock.json'].map((f) => {
    try {
      return fs.statSync(path.join(root, f)).mtimeMs;
    } catch {
      return 0;
    }
  }));
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= newest - 1000) return false;
  console.log('Installing dependencies (first run takes a few minutes)…');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm install failed');
  return true;
}
