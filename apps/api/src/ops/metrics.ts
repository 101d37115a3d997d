import cluster from 'node:cluster';
import { AggregatorRegistry, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { clusterMetrics } from '../cluster';

/** Prometheus metrics: process defaults plus request latency by route, method and status. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const httpDuration = new Histogram({
  name: 'rapport_http_request_duration_seconds',
  help: 'HTTP request duration by route, method and status',
  labelNames: ['route', 'method', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export function observeRequest(route: string, method: string, status: number, seconds: number) {
  httpDuration.labels(route, method, String(status)).observe(seconds);
}

// In a cluster (API_PROCESSES > 1) the primary sums every process's registry: each answers its request.
if (cluster.isWorker) {
  AggregatorRegistry.setRegistries([registry]);
  new AggregatorRegistry();
}

/** What /api/metrics answers: this process's metrics, or in a cluster those of every API process summed. */
export function metricsText(): Promise<string> {
  return cluster.isWorker ? clusterMetrics() : registry.metrics();
}
