#!/usr/bin/env node
// A second, throw-away instance of the built app for people working on screens while `npm start`
// runs elsewhere: its own PostgreSQL (tmp/shared-instance), API+SPA on SHARED_PORT (default 3300),
// worker, and the SMTP sink (inbox on SHARED_PORT + 1). Rebuild the SPA with `node tools/build.mjs`;
// the API serves the new bundle on the next page load. Ctrl-C stops everything.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');
const { ensurePostgres } = await import('./lib/postgres.mjs');
const { waitForHttp } = await import('./lib/processes.mjs');
const port = Number(process.env.SHARED_PORT ?? 3300);
const state = path.join(root, 'tmp', 'shared-instance');
fs.mkdirSync(state, { recursive: true });
const pg = await ensurePostgres({ dataDir: path.join(state, 'pg'), port: Number(process.env.SHARED_PG_PORT ?? 54370), database: 'rapport_shared' });
const { MailDev } = await import('maildev');
const maildev = new MailDev({ smtp: port + 2, web: port + 1, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true });
await maildev.start();
const env = {
  ...process.env,
  NODE_ENV: 'test',
  TEST_CLOCK: '1',
  DATABASE_URL: pg.url,
  PORT: String(port),
  PUBLIC_ORIGIN: `http://localhost:${port}`,
  SESSION_SECRET: 'shared-instance-secret-shared-instance',
  WEB_DIST_DIR: path.join(root, 'dist', 'web'),
  SMTP_URL: `smtp://127.0.0.1:${port + 2}`,
  MAIL_INBOX_URL: `http://localhost:${port + 1}`,
  LOG_LEVEL: 'warn',
};
const cli = spawnSync(process.execPath, ['dist/server/apps/api/src/cli.js', 'migrate', 'seed'], { cwd: root, env, stdio: 'inherit' });
if (cli.status !== 0) process.exit(1);
const log = fs.openSync(path.join(state, 'servers.log'), 'a');
const procs = ['api', 'worker'].map((app) => spawn(process.execPath, [`dist/server/apps/${app}/src/main.js`], { cwd: root, env, stdio: ['ignore', log, log] }));
const stop = async () => {
  for (const p of procs) p.kill('SIGTERM');
  await maildev.stop();
  await pg.stop();
  process.exit(0);
};
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
if (!(await waitForHttp(`http://localhost:${port}/api/ready`, 90_000))) {
  console.error(`not ready; see ${path.join(state, 'servers.log')}`);
  await stop();
}
console.log(`shared instance: http://localhost:${port} (demo logins, password rapport-demo); mail inbox http://localhost:${port + 1}`);
