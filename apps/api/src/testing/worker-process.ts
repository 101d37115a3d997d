import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { waitFor } from '@rapport/shared-testing';

const root = path.resolve(__dirname, '..', '..', '..', '..');


export interface WorkerProcessOptions {
  databaseUrl: string;
  /** Redis for the queues, or null for BullMQ's PostgreSQL backend on `databaseUrl`. */
  redisUrl: string | null;
  /** QUEUE_PREFIX: tests sharing one queue store keep apart by prefix. */
  prefix?: string;
  /** More settings for the worker (fast relay, reconciler and schedule check timings, SMTP…). */
  env?: Record<string, string>;
}

/**
 * The real worker process (`apps/worker/src/main.ts`: relay, reconciler, schedule keeper and every
 * processor), as production runs it, so a test can SIGKILL it. Its JSON log lines are kept.
 */
export class WorkerProcess {
  private static readonly all = new Set<WorkerProcess>();
  readonly proc: ChildProcess;
  stdout = '';
  stderr = '';
  private readonly exited: Promise<void>;

  private constructor(options: WorkerProcessOptions) {
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl ?? '',
      QUEUE_PREFIX: options.prefix ?? 'rapport',
      SMTP_URL: '',
      // Tests that need the worker's SMTP receiver give it a port of their own; two workers cannot share 2525.
      INBOUND_SMTP_PORT: '0',
      ...options.env,
    };
    this.proc = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout?.on('data', (chunk) => (this.stdout += chunk));
    this.proc.stderr?.on('data', (chunk) => (this.stderr += chunk));
    this.exited = new Promise((r) => this.proc.once('exit', () => r()));
  }

  static start(options: WorkerProcessOptions): WorkerProcess {
    const w = new WorkerProcess(options);
    WorkerProcess.all.add(w);
    return w;
  }

  /** SIGKILLs every worker a test started that still runs (for afterAll). */
  static async killAll(): Promise<void> {
    await Promise.all([...WorkerProcess.all].map((w) => w.kill9()));
  }

  get running(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** The worker's JSON log lines so far. */
  logLines(): Record<string, unknown>[] {
    return this.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .flatMap((l) => {
        try {
          return [JSON.parse(l) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  }

  /** Resolves once the worker logged that it started (its processors and relay run); throws if it died first. */
  async ready(ms = 90_000): Promise<void> {
    const started = await waitFor(async () => !this.running || this.logLines().some((l) => l['msg'] === 'worker started'), ms, 50);
    if (!this.running) throw new Error(`the worker exited during start-up: ${this.stderr.slice(-2000)}`);
    if (!started) throw new Error(`the worker did not start within ${ms} ms`);
  }

  /** `kill -9`: no shutdown hook runs, jobs in progress are left as they are. */
  async kill9(): Promise<void> {
    if (this.running) this.proc.kill('SIGKILL');
    await this.exited;
    WorkerProcess.all.delete(this);
  }
}
