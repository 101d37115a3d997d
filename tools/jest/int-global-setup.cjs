// Starts a throw-away PostgreSQL for the run and a migrated template database; each test file
// clones the template (CREATE DATABASE … TEMPLATE), so files run in parallel on clean data.
// Starts redis-server too when it is installed, so the queue tests cover both backends.
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

module.exports = async function setup() {
  const root = path.resolve(__dirname, '..', '..');
  const port = Number(process.env.TEST_PG_PORT ?? 54340);
  // One state folder per port, so a second run on other ports never wipes a running one's data.
  const state = path.join(root, 'tmp', port === 54340 ? 'test-int' : `test-int-${port}`);
  fs.rmSync(state, { recursive: true, force: true });
  fs.mkdirSync(state, { recursive: true });
  const { ensurePostgres } = await import(path.join(root, 'tools', 'lib', 'postgres.mjs'));
  const pg = await ensurePostgres({ dataDir: path.join(state, 'pg'), port, database: 'rapport_template' });
  globalThis.__RAPPORT_PG__ = pg;
  process.env.RAPPORT_TEST_PG_ADMIN_URL = pg.adminUrl;
  process.env.RAPPORT_TEST_TEMPLATE_DB = 'rapport_template';

  const migrate = spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(root, 'tools', 'migrate.ts')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: pg.url },
    stdio: 'inherit',
  });
  if (migrate.status !== 0) throw new Error('migrating the test template database failed');

  // A real SMTP server with an inbox API (the same sink `npm start` runs), shared by every test file;
  // tests tell their mail apart by unique recipient addresses.
  const { MailDev } = await import('maildev');
  const smtpPort = Number(process.env.TEST_SMTP_PORT ?? 56025);
  const maildev = new MailDev({ smtp: smtpPort, web: smtpPort + 1, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true, mailDirectory: path.join(state, 'mail') });
  await maildev.start();
  globalThis.__RAPPORT_MAILDEV__ = maildev;
  process.env.RAPPORT_TEST_SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  process.env.RAPPORT_TEST_INBOX_URL = `http://127.0.0.1:${smtpPort + 1}`;

  const redis = spawnSync('which', ['redis-server']);
  if (redis.status === 0) {
    const redisPort = Number(process.env.TEST_REDIS_PORT ?? 56379);
    const r = spawnSync('redis-server', ['--port', String(redisPort), '--save', '', '--appendonly', 'no', '--daemonize', 'yes', '--pidfile', path.join(state, 'redis.pid')]);
    if (r.status === 0) {
      process.env.RAPPORT_TEST_REDIS_URL = `redis://127.0.0.1:${redisPort}`;
      globalThis.__RAPPORT_REDIS_PID__ = path.join(state, 'redis.pid');
    }
  }
};
