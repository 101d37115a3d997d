// Runs a TypeScript tool script with SWC (decorators + tsconfig paths), no build step.
import { spawnSync } from 'node:child_process';
const [script, ...args] = process.argv.slice(2);
const r = spawnSync(process.execPath, ['-r', '@swc-node/register', script, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
