// Boots the built app the way `npm start` does (fresh PostgreSQL, migrations, demo data,
// API serving the SPA, worker as its own process) on a test port, once for the e2e run.
const path = require('node:path');
const fs = require('node:fs');
const { spawn, spawnSync } = require('node:child_process');

module.exports = async function setup() {
  const root = path.resolve(__dirname, '..', '..');
  const state = path.join(root, 'tmp', 'test-e2e');
  fs.rmSync(state, { recursive: true, force: true });
  fs.mkdirSync(state, { recursive: true });
  if (!fs.existsSync(path.join(root, 'dist', 'server', 'apps', 'api', 'src', 'main.js')) || !fs.existsSync(path.join(root, 'dist', 'web', 'index.html'))) {
    throw new Error('Build first: `npm run build` (npm test does it).');
  }
  const { ensurePostgres } = await import(path.join(root, 'tools', 'lib', 'postgres.mjs'));
  const pg = await ensurePostgres({ dataDir: path.join(state, 'pg'), port: Number(process.env.E2E_PG_PORT ?? 54350), database: 'rapport_e2e' });
  globalThis.__RAPPORT_E2E_PG__ = pg;

  // The dev SMTP sink `npm start` runs, so browser tests can read the mail the CRM sent.
  const { MailDev } = await import('maildev');
  const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 56035);
  const maildev = new MailDev({ smtp: smtpPort, web: smtpPort + 1, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true, mailDirectory: path.join(state, 'mail') });
  await maildev.start();
  globalThis.__RAPPORT_E2E_MAILDEV__ = maildev;
  process.env.E2E_INBOX_URL = `http://127.0.0.1:${smtpPort + 1}`;

  const port = Number(process.env.E2E_PORT ?? 3990);
  const env = {
    ...process.env,
    // "test", not "production": only so the injectable SLA clock (TEST_CLOCK) is allowed.
    NODE_ENV: 'test',
    TEST_CLOCK: '1',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    // The worker's receiver of bounces and replies, next to the sink's ports.
    INBOUND_SMTP_PORT: String(smtpPort + 2),
    MAIL_INBOX_URL: `http://127.0.0.1:${smtpPort + 1}`,
    OUTBOX_POLL_MS: '100',
    DATABASE_URL: pg.url,
    PORT: String(port),
    PUBLIC_ORIGIN: `http://localhost:${port}`,
    SESSION_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e',
    WEB_DIST_DIR: path.join(root, 'dist', 'web'),
    LOG_LEVEL: 'warn',
    LOGIN_MAX_FAILURES: '5',
    // As `npm start` runs it, a cluster of API processes (api-cluster.e2e.ts): every browser test
    // then also checks that nothing a request needs is kept in one process's memory.
    API_PROCESSES: '2',
  };
  const cli = spawnSync(process.execPath, ['dist/server/apps/api/src/cli.js', 'migrate', 'seed'], { cwd: root, env, stdio: 'inherit' });
  if (cli.status !== 0) throw new Error('migrate/seed failed');

  const log = fs.openSync(path.join(state, 'servers.log'), 'a');
  const api = spawn(process.execPath, ['dist/server/apps/api/src/main.js'], { cwd: root, env, stdio: ['ignore', log, log] });
  const worker = spawn(process.execPath, ['dist/server/apps/worker/src/main.js'], { cwd: root, env, stdio: ['ignore', log, log] });
  globalThis.__RAPPORT_E2E_PROCS__ = [api, worker];

  const base = `http://localhost:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/ready`)).ok) break;
    } catch {
      /* starting */
    }
    if (Date.now() > until || api.exitCode !== null) {
      throw new Error(`the API did not become ready; see ${path.join(state, 'servers.log')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  process.env.E2E_BASE_URL = base;
  process.env.E2E_DATABASE_URL = pg.url;
};
