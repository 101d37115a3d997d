import cluster, { Worker } from 'node:cluster';
import { AggregatorRegistry, PrometheusContentType } from 'prom-client';

/**
 * API_PROCESSES > 1: this (primary) process only forks the API processes, which share the port
 * (Node's cluster hands each new connection to the next process), restarts one that dies, and
 * stops them all on SIGTERM/SIGINT. Everything the processes share lives in PostgreSQL (sessions,
 * rate limits, queues), so any of them may answer any request; the one thing each keeps to itself,
 * its Prometheus metrics, is summed here when a process is asked for /api/metrics.
 */
export function runClusterPrimary(processes: number, log: (message: string) => void): void {
  cluster.setupPrimary({
    // A bigger young generation: a list page's objects outlive the default 16 MB semi-space's
    // scavenges while 32 requests are in flight, get promoted and cost a major collection later
    // (contacts page 11.3 → 9.1 ms of CPU per request, profiled with tools/profile-api.mjs).
    execArgv: [...process.execArgv, '--max-semi-space-size=64'],
  });
  const aggregator = new AggregatorRegistry<PrometheusContentType>();
  let stopping = false;
  const recentDeaths: number[] = [];

  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => void answerMetrics(worker, message, aggregator));
    return worker;
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    recentDeaths.push(now);
    while (recentDeaths.length && recentDeaths[0] < now - 60_000) recentDeaths.shift();
    // A process that keeps dying at start (a bad setting, the database gone) is not restarted forever.
    if (recentDeaths.length > processes * 3) {
      log(`API processes keep exiting (${recentDeaths.length} in a minute); stopping`);
      process.exit(1);
    }
    log(`API process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(fork, 1000);
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    let left = workers.length;
    if (left === 0) process.exit(0);
    for (const w of workers) {
      w.once('exit', () => --left === 0 && process.exit(0));
      w.process.kill('SIGTERM');
    }
    // Each process closes gracefully on SIGTERM (enableShutdownHooks); none may hold the stop forever.
    setTimeout(() => process.exit(0), 8_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  for (let i = 0; i < processes; i++) fork();
  log(`API running as ${processes} processes`);
}

const METRICS_REQUEST = 'rapport:cluster-metrics';
const METRICS_ANSWER = 'rapport:cluster-metrics-answer';

async function answerMetrics(worker: Worker, message: unknown, aggregator: AggregatorRegistry<PrometheusContentType>) {
  const m = message as { type?: string; id?: number } | null;
  if (m?.type !== METRICS_REQUEST) return;
  try {
    const text = await aggregator.clusterMetrics();
    worker.send({ type: METRICS_ANSWER, id: m.id, text });
  } catch (error) {
    worker.send({ type: METRICS_ANSWER, id: m.id, error: (error as Error).message });
  }
}

let nextId = 0;
/** In a cluster's API process: every process's metrics, summed by the primary. */
export function clusterMetrics(): Promise<string> {
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string; id?: number; text?: string; error?: string }) => {
      if (message?.type !== METRICS_ANSWER || message.id !== id) return;
      process.off('message', onMessage);
      clearTimeout(timer);
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.text ?? '');
    };
    const timer = setTimeout(() => {
      process.off('message', onMessage);
      reject(new Error('the cluster did not answer for its metrics in 5 s'));
    }, 5000);
    process.on('message', onMessage);
    process.send?.({ type: METRICS_REQUEST, id });
  });
}
