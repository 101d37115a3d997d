// A PostgreSQL server that a test can stop and start again (the fault-injection suite restarts it
// mid-burst), apart from the run's shared one that other test files are using at the same time.
// tools/lib/postgres.mjs is an ES module and jest runs tests as CommonJS, so the test drives this
// process instead: `node postgres-control.mjs <dataDir> <port> <database>`, then lines `start` and
// `stop` on stdin, each answered by one JSON line on stdout. When stdin closes (the test ended, or
// its process died) the server is stopped, so no PostgreSQL outlives the test.
import readline from 'node:readline';
import { ensurePostgres } from '../lib/postgres.mjs';

const [dataDir, port, database] = process.argv.slice(2);
let server = null;

const commands = {
  async start() {
    server = await ensurePostgres({ dataDir, port: Number(port), database });
    return { url: server.url, adminUrl: server.adminUrl };
  },
  async stop() {
    await server?.stop();
    server = null;
    return {};
  },
};

let queue = Promise.resolve();
const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  queue = queue.then(async () => {
    const command = commands[line.trim()];
    try {
      if (!command) throw new Error(`unknown command: ${line}`);
      process.stdout.write(`${JSON.stringify({ ok: true, ...(await command()) })}\n`);
    } catch (err) {
      process.stdout.write(`${JSON.stringify({ ok: false, error: String(err?.stack ?? err) })}\n`);
    }
  });
});
lines.on('close', () => {
  queue.then(() => commands.stop()).finally(() => process.exit(0));
});
