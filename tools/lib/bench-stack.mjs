// The stack a load bench runs against: a throw-away PostgreSQL, migrated and seeded, with the API
// and worker processes (the build in dist/, or the TypeScript source with --source). Shared by
// the leads and SLA benches so both measure the same set-up.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { ensurePostgres } from './postgres.mjs';

/**
 * Starts the stack under tmp/<name>; `env` adds to (or overrides) the bench settings. Returns the
 * database, the environment the servers got, a `run(script)` giving node's arguments for an app
 * script, the processes ([api, worker]; `procs[1]` may be replaced), their log and `stop()`.
 */
export async function startBenchStack({ root, name, port, pgPort, database, fromSource = false, env: extra = {} }) {
  const run = (script) => (fromSource ? ['-r', '@swc-node/register', `apps/${script}.ts`] : [`dist/server/apps/${script}.js`]);
  const state = path.join(root, 'tmp', name);
  fs.rmSync(state, { recursive: true, force: true });
  const db = await ensurePostgres({ dataDir: path.join(state, 'pg'), port: pgPort, database });
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    PORT: String(port),
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
    LOG_LEVEL: 'warn',
    PUBLIC_LEAD_RATE_LIMIT: '1000000',
    OUTBOX_POLL_MS: '50',
    // As \`npm start\` runs the API: one process per core.
    API_PROCESSES: process.env.API_PROCESSES ?? 'auto',
    ...extra,
  };
  const migrated = spawnSync(process.execPath, run('api/src/cli').concat(['migrate', 'seed']), { cwd: root, env, stdio: 'inherit' });
  if (migrated.status !== 0) {
    await db.stop();
    process.exit(1);
  }
  const log = fs.openSync(path.join(state, 'servers.log'), 'a');
  // BENCH_WORKER_NODE_ARGS / BENCH_API_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=tmp/prof") profile a bench run's worker / API.
  const nodeArgs = (script) => (process.env[script.startsWith('worker') ? 'BENCH_WORKER_NODE_ARGS' : 'BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const start = (script) => spawn(process.execPath, [...nodeArgs(script), ...run(script)], { cwd: root, env, stdio: ['ignore', log, log] });
  const procs = [start('api/src/main'), start('worker/src/main')];
  return {
    db,
    env,
    procs,
    /** Starts another worker process (after the bench stopped one). */
    startWorker: () => start('worker/src/main'),
    async stop() {
      for (const p of procs) p.kill('SIGTERM');
      await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null ? r() : p.once('exit', r)))));
      await db.stop();
    },
  };
}

/** Puts `block` (which starts and ends with the `<!-- name:start/end -->` markers) in place of the old one in `file`, or appends it under `heading`. */
export function writeMarkedSection(file, name, block, heading) {
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n';
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  if (text.includes(start)) text = text.slice(0, text.indexOf(start)) + block + text.slice(text.indexOf(end) + end.length);
  else text += `\n## ${heading}\n\n${block}\n`;
  fs.writeFileSync(file, text);
}
