import type { INestApplication, LoggerService } from '@nestjs/common';
import { UNCHECKED_INPUT_LOG } from '@rapport/shared-api';
import fc from 'fast-check';
import { ErrorCode } from '@rapport/shared-errors';

/**
 * Budget, bookkeeping and reporting shared by the fuzz files. A run is replayable: the seed is
 * printed, and FUZZ_SEED=<seed> regenerates the same cases in the same order (ids and cursors
 * are whatever the fresh database hands out, the choices among them are the same).
 * FUZZ_RUNS and FUZZ_SECONDS raise the bounds for a longer hunt on a developer's machine;
 * FUZZ_VERBOSE=1 also prints, per operation, how its cases were answered.
 */
export interface FuzzSettings {
  seed: number;
  /** fast-check runs per operation (the time budget usually stops earlier). */
  runsPerOperation: number;
  /** Wall-clock budget for all properties of one file. */
  budgetMs: number;
  /** FUZZ_VERBOSE=1: print how every operation's cases were answered, to see what the fuzzer reaches. */
  verbose: boolean;
}

/**
 * The settings from the test's environment (FUZZ_SEED, FUZZ_RUNS, FUZZ_SECONDS, FUZZ_VERBOSE), given
 * by the fuzz file: test knobs, not the app's configuration, so they stay out of libs/shared/config.
 */
export function fuzzSettings(defaults: { runsPerOperation: number; seconds: number }, env: Record<string, string | undefined>): FuzzSettings {
  const read = (name: string, fallback: number, valid: (n: number) => boolean, what: string) => {
    const value = env[name] ? Number(env[name]) : fallback;
    if (!valid(value)) throw new Error(`${name} must be ${what}, got ${env[name]}`);
    return value;
  };
  const positive = (n: number) => Number.isFinite(n) && n > 0;
  return {
    seed: read('FUZZ_SEED', (Date.now() ^ (Math.random() * 0x7fffffff)) | 0, Number.isInteger, 'an integer'),
    runsPerOperation: read('FUZZ_RUNS', defaults.runsPerOperation, positive, 'a positive number'),
    budgetMs: read('FUZZ_SECONDS', defaults.seconds, positive, 'a positive number') * 1000,
    verbose: !!env['FUZZ_VERBOSE'],
  };
}

/** Codes a client may rely on: ours (except INTERNAL) and graphql-js/Apollo's request-error codes. */
export const STABLE_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.Internal),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface Failure {
  /** What is wrong, e.g. `HTTP 500` or `extensions.code INTERNAL`. */
  problem: string;
  operation: string;
  request: unknown;
  status: number;
  response: unknown;
  /** Errors the server logged while answering (the stack says where it broke). */
  serverLog: string[];
}

export interface FailureClass {
  first: Failure;
  count: number;
}

/**
 * Counts cases and requests and groups failures into classes (operation × problem × where the
 * server broke), so a run that trips the same bug a thousand times reports it once.
 */
export class FuzzLedger {
  cases = 0;
  requests = 0;
  operations = 0;
  private readonly classes = new Map<string, FailureClass>();
  /** Per operation, how its cases were answered (`ok`, `VALIDATION_FAILED`, …): shows what the fuzzer reaches. */
  private readonly outcomes = new Map<string, Map<string, number>>();
  private started = Date.now();

  constructor(
    readonly name: string,
    readonly settings: FuzzSettings,
  ) {}

  /** Starts the clock (after boot and set-up, which the budget doesn't cover). */
  start(): void {
    this.started = Date.now();
  }

  /** The moment by which `share` (0–1) of the file's budget, counted from its start, is used up. */
  deadline(share = 1): number {
    return this.started + this.settings.budgetMs * share;
  }

  fail(f: Failure): void {
    const where = f.serverLog.map(normaliseLog).find(Boolean) ?? '';
    const key = `${f.operation}|${f.problem}|${where}`;
    const c = this.classes.get(key);
    if (c) c.count++;
    else this.classes.set(key, { first: f, count: 1 });
  }

  outcome(operation: string, outcome: string): void {
    let m = this.outcomes.get(operation);
    if (!m) this.outcomes.set(operation, (m = new Map()));
    m.set(outcome, (m.get(outcome) ?? 0) + 1);
  }

  /** FUZZ_VERBOSE=1 prints this: per operation, the answers its cases got. */
  coverage(): string {
    return [...this.outcomes.entries()].map(([op, m]) => `${op}: ${[...m.entries()].sort((a, b) => b[1] - a[1]).map(([o, n]) => `${o}×${n}`).join(' ')}`).join('\n');
  }

  /** Failure classes whose operation label starts with `prefix` (e.g. `admin `). */
  failures(prefix = ''): FailureClass[] {
    return [...this.classes.values()].filter((c) => c.first.operation.startsWith(prefix));
  }

  /** What a file prints once at the end: the summary, and with FUZZ_VERBOSE the coverage table. */
  finalLog(): string {
    return this.settings.verbose ? `${this.summary()}\n${this.coverage()}` : this.summary();
  }

  /** One line for the log: enough to replay and to see how much was tried. */
  summary(): string {
    const s = ((Date.now() - this.started) / 1000).toFixed(1);
    return `fuzz ${this.name}: seed ${this.settings.seed} (replay: FUZZ_SEED=${this.settings.seed}), ${this.cases} cases over ${this.operations} operations, ${this.requests} requests in ${s} s, ${this.classes.size} failure classes`;
  }

  /** The failure report a developer reads: each class once, with a request that reproduces it. */
  report(prefix = '', limit = 60): string {
    const list = this.failures(prefix).sort((a, b) => a.first.operation.localeCompare(b.first.operation));
    const lines = [`${this.summary()}`, ''];
    for (const { first, count } of list.slice(0, limit)) {
      lines.push(`● ${first.operation}: ${first.problem} (${count} case${count === 1 ? '' : 's'})`);
      if (first.serverLog.length) lines.push(`    server: ${truncate(first.serverLog.map(where).join(' | '), 400)}`);
      lines.push(`    request: ${truncate(show(first.request), 2500)}`);
      lines.push(`    response ${first.status}: ${truncate(show(first.response), 500)}`);
      lines.push('');
    }
    if (list.length > limit) lines.push(`… and ${list.length - limit} more classes`);
    return lines.join('\n');
  }
}

/**
 * Runs one property for one operation within the file's budget: at most `numRuns` cases, and no
 * more than its `share` of the time left (see `timeShares`). Cases never throw (send records failures), so
 * fast-check neither shrinks nor stops at the first failure: a run lists every failure class.
 */
export async function fuzzOperation<T>(
  ledger: FuzzLedger,
  operation: string,
  budget: { deadline: number; share: number; numRuns?: number },
  arb: fc.Arbitrary<T>,
  send: (c: T) => Promise<void>,
): Promise<void> {
  const slice = (budget.deadline - Date.now()) * budget.share;
  // Every operation gets a couple of cases even when the time is up: coverage over depth.
  const late = slice < 50;
  const numRuns = late ? MIN_RUNS : (budget.numRuns ?? ledger.settings.runsPerOperation);
  let inFlight: Promise<void> = Promise.resolve();
  const details = await fc.check(
    fc.asyncProperty(arb, (c) => {
      inFlight = send(c);
      return inFlight.then(() => true);
    }),
    // Per operation a seed derived from its name: adding an operation doesn't change the others' cases.
    { seed: (ledger.settings.seed ^ hashString(operation)) | 0, numRuns, endOnFailure: true, plugins: late ? [] : [fc.interruptAfterTimeLimit(slice)] },
  );
  // An interrupted case may still be running; let it finish before the next operation starts.
  await inFlight;
  ledger.operations++;
  ledger.cases += details.numRuns;
  // Cases never fail (send records problems), so a failure here is a bug in the generators.
  if (details.failed && details.errorInstance) throw new Error(`fuzz harness error in ${operation}: ${String(details.errorInstance)}\n${show(details.counterexample)}`);
}

const MIN_RUNS = 2;

/**
 * Splits the time left among operations by weight (operations with more inputs deserve more
 * cases): the i-th operation gets weight[i] / (sum of the weights from i on) of what is left.
 */
export function timeShares(weights: number[]): number[] {
  let left = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => {
    const share = left > 0 ? w / left : 1;
    left -= w;
    return share;
  });
}

export function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h | 0;
}

/**
 * Replaces the app's logger with one that keeps error lines per request, so a failure shows the
 * server-side stack that produced it (requests run one at a time). Nothing reaches stdout: a
 * fuzz run would otherwise print thousands of expected warnings.
 */
export function captureServerErrors(app: INestApplication): { take(): string[] } {
  let buffer: string[] = [];
  const keep = (message: unknown, trace?: unknown) => {
    const text = [message, trace].filter((x) => typeof x === 'string' && x).join('\n');
    if (text) buffer.push(text);
  };
  // Warnings are expected by the thousand, except the one saying a value got past every validator.
  const warn = (message: unknown, trace?: unknown) => (typeof message === 'string' && message.startsWith(UNCHECKED_INPUT_LOG) ? keep(message, trace) : undefined);
  const logger: LoggerService = { log() {}, warn, debug() {}, verbose() {}, fatal: keep, error: keep };
  app.useLogger(logger);
  // Nest buffers log calls until `listen` (bufferLogs: true); an app under test never listens.
  app.flushLogs();
  buffer = [];
  return {
    take() {
      const out = buffer;
      buffer = [];
      return out;
    },
  };
}

/** A logged error as its message and the first frame in our own code (async stacks often have none). */
function where(line: string): string {
  const lines = line.split('\n');
  const first = lines.find((l) => l.trim() && !/^\s*at /.test(l)) ?? '';
  const frame = lines.find((l) => /^\s*at /.test(l) && /\/(libs|apps)\//.test(l) && !l.includes('node_modules')) ?? '';
  return `${first.trim()}${frame ? ` ${frame.trim()}` : ''}`;
}

/** `where` without the values in it (quoted input, ids, numbers), to group failures by cause. */
function normaliseLog(line: string): string {
  return where(line)
    // Quoted input may itself contain quotes: everything from the first to the last quote goes.
    .replace(/"[^\n]*"/g, '"…"')
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '<id>')
    .replace(/\d+/g, 'N')
    .slice(0, 300);
}

/** JSON with long strings shortened (a GraphQL `call` less so: it is what reproduces the case). */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value, 200));
  try {
    return JSON.stringify(value, (k, v) => (typeof v === 'string' ? shorten(v, k === 'call' ? 1500 : 200) : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 80)}…[${s.length} chars]…${s.slice(-40)}` : s;
}

export function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/**
 * The database's refusal of a value is answered as a 400 (the safety net in `toAppError`), but it
 * means a validator is missing where the value came in: the fuzz suite counts it as a failure.
 */
export function uncheckedInput(log: string[]): string | null {
  const line = log.find((l) => l.startsWith(UNCHECKED_INPUT_LOG));
  return line ? `input reached the database unchecked (${line.slice(UNCHECKED_INPUT_LOG.length + 2, UNCHECKED_INPUT_LOG.length + 90)})` : null;
}
