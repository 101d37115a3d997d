import { ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { Redis } from 'ioredis';
import { assertRedisKeepsJobs, queueConnection, readEvictionPolicy, UnsafeQueueStoreError } from '@rapport/shared-queue';
import { TestContext } from '@rapport/shared-testing';

/**
 * An evicting Redis drops queued jobs, locks and schedulers silently when its memory fills, so the
 * API and the worker refuse to boot on one (issue 11). Every Redis here is started by this file:
 * the shared test Redis keeps its settings for the other files.
 */
const root = path.resolve(__dirname, '..', '..', '..');
const children: ChildProcess[] = [];
let ctx: TestContext;
let plain: { url: string; port: number };

beforeAll(async () => {
  ctx = await TestContext.create();
  plain = await startRedis([]);
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await ctx?.close();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** A private redis-server (npm test installs it), ready when it says so. */
async function startRedis(extra: string[]): Promise<{ url: string; port: number }> {
  const port = await freePort();
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(server);
  await new Promise<void>((resolve, reject) => {
    let out = '';
    server.once('error', (err) => reject(new Error(`redis-server could not start (npm test installs it): ${err.message}`)));
    server.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
    server.stdout?.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Ready to accept connections')) resolve();
    });
  });
  return { url: `redis://127.0.0.1:${port}`, port };
}

async function withRedis<T>(url: string, fn: (r: Redis) => Promise<T>): Promise<T> {
  const r = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    return await fn(r);
  } finally {
    r.disconnect();
  }
}

const connectionTo = (url: string) => queueConnection({ redisUrl: url, databaseUrl: ctx.databaseUrl }).connection;

function recordingLog() {
  const lines = { warn: [] as string[], error: [] as string[] };
  return { lines, log: { warn: (m: string) => lines.warn.push(m), error: (m: string) => lines.error.push(m) } };
}

describe('the boot check', () => {
  it('refuses allkeys-lru with a message that names the policy and the fix', async () => {
    await withRedis(plain.url, (r) => r.config('SET', 'maxmemory-policy', 'allkeys-lru'));
    const { lines, log } = recordingLog();
    const refused = await assertRedisKeepsJobs(connectionTo(plain.url), false, log).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(UnsafeQueueStoreError);
    expect((refused as Error).message).toContain(`Redis at 127.0.0.1:${plain.port} has maxmemory-policy "allkeys-lru"`);
    expect((refused as Error).message).toContain('maxmemory-policy noeviction');
    expect(lines.error).toEqual([(refused as Error).message]);
  });

  it('starts with a warning on an evicting policy only when REDIS_ALLOW_EVICTION allows it', async () => {
    await withRedis(plain.url, (r) => r.config('SET', 'maxmemory-policy', 'volatile-lru'));
    const { lines, log } = recordingLog();
    expect((await assertRedisKeepsJobs(connectionTo(plain.url), true, log)).action).toBe('warn');
    expect(lines.warn).toHaveLength(1);
    expect(lines.warn[0]).toContain('"volatile-lru"');
    expect(lines.error).toEqual([]);
  });

  it('starts silently on noeviction', async () => {
    await withRedis(plain.url, (r) => r.config('SET', 'maxmemory-policy', 'noeviction'));
    const { lines, log } = recordingLog();
    expect((await assertRedisKeepsJobs(connectionTo(plain.url), false, log)).action).toBe('ok');
    expect(lines).toEqual({ warn: [], error: [] });
  });

  it('reads the policy from INFO when CONFIG is disabled, as on managed Redis, and still refuses', async () => {
    const managed = await startRedis(['--rename-command', 'CONFIG', '', '--maxmemory-policy', 'allkeys-lfu']);
    expect(await readEvictionPolicy(connectionTo(managed.url))).toEqual({ policy: 'allkeys-lfu', source: 'INFO' });
    const { log } = recordingLog();
    await expect(assertRedisKeepsJobs(connectionTo(managed.url), false, log)).rejects.toThrow('"allkeys-lfu"');
  });

  it('warns and starts when neither CONFIG nor INFO may be read, or Redis cannot be reached', async () => {
    const locked = await startRedis(['--rename-command', 'CONFIG', '', '--rename-command', 'INFO', '', '--maxmemory-policy', 'allkeys-lru']);
    const first = recordingLog();
    expect((await assertRedisKeepsJobs(connectionTo(locked.url), false, first.log)).action).toBe('warn');
    expect(first.lines.warn[0]).toMatch(/Could not read the maxmemory-policy .*CONFIG GET: ERR unknown command.*INFO: ERR unknown command/);

    const nobody = `redis://127.0.0.1:${await freePort()}`;
    const second = recordingLog();
    expect((await assertRedisKeepsJobs(connectionTo(nobody), false, second.log)).action).toBe('warn');
    expect(second.lines.warn[0]).toContain('cannot connect');
  });
});

interface Booted {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** The real entry point (`main.ts`), as production starts it, on this file's database and the given Redis. */
function boot(app: 'api' | 'worker', env: Record<string, string>): Booted {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${app}/src/main.ts`], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: ctx.databaseUrl, NODE_ENV: 'test', LOG_LEVEL: 'warn', SMTP_URL: '', REDIS_ALLOW_EVICTION: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (c) => (out += c));
  child.stderr?.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Resolves true once `ready()` holds, false if the process exits first. */
async function becomesReady(b: Booted, ready: () => Promise<boolean>): Promise<boolean> {
  let gone = false;
  void b.exited.then(() => (gone = true));
  while (!gone) {
    if (await ready()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

const healthy = (port: number) => () =>
  fetch(`http://127.0.0.1:${port}/api/health`)
    .then((r) => r.ok)
    .catch(() => false);

describe('the API and the worker', () => {
  it('refuse to boot on allkeys-lru, before creating a single queue key', async () => {
    await withRedis(plain.url, async (r) => {
      await r.flushall();
      await r.config('SET', 'maxmemory-policy', 'allkeys-lru');
    });
    const port = await freePort();
    const api = boot('api', { REDIS_URL: plain.url, PORT: String(port) });
    const worker = boot('worker', { REDIS_URL: plain.url });
    expect(await api.exited).toBe(1);
    expect(await worker.exited).toBe(1);
    for (const b of [api, worker]) {
      expect(b.output()).toContain(`Refusing to start: Redis at 127.0.0.1:${plain.port} has maxmemory-policy "allkeys-lru"`);
      expect(b.output()).not.toContain('worker started');
    }
    expect(await healthy(port)()).toBe(false);
    expect(await withRedis(plain.url, (r) => r.dbsize())).toBe(0);
  }, 180_000);

  it('boot on noeviction', async () => {
    await withRedis(plain.url, (r) => r.config('SET', 'maxmemory-policy', 'noeviction'));
    const port = await freePort();
    const api = boot('api', { REDIS_URL: plain.url, PORT: String(port) });
    const worker = boot('worker', { REDIS_URL: plain.url });
    const [apiUp, workerUp] = await Promise.all([becomesReady(api, healthy(port)), becomesReady(worker, async () => worker.output().includes('worker started'))]);
    expect({ apiUp, workerUp, output: apiUp && workerUp ? '' : api.output() + worker.output() }).toEqual({ apiUp: true, workerUp: true, output: '' });
    expect(api.output() + worker.output()).not.toContain('maxmemory-policy');
  }, 180_000);
});
