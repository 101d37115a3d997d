// `npm run migration:generate -- <PascalCaseName> [--dir <folder>]`: compares the entities with a
// database that has every committed migration applied and writes the difference as a migration
// (tools/migration-generate.ts). Without DATABASE_URL it uses a scratch PostgreSQL of its own
// (data in tmp/pg-migrations, a fresh database each run), so it needs nothing but npm install.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePostgres } from './lib/postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (env) => execFileSync(process.execPath, ['tools/run-ts.mjs', 'tools/migration-generate.ts', ...process.argv.slice(2)], { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });

if (process.env.DATABASE_URL) run({});
else {
  const port = Number(process.env.PG_MIGRATIONS_PORT ?? 54398);
  const { url, stop } = await ensurePostgres({ dataDir: path.join(root, 'tmp/pg-migrations'), port, database: `migrations_${Date.now()}`, log: (m) => console.log(m) });
  try {
    run({ DATABASE_URL: url });
  } finally {
    await stop();
  }
}
