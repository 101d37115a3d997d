/**
 * `concurrency` clients calling `fn` in a loop for `ms` (and at most `maxIterations` each), as the
 * benches measure a request path: requests, requests per second, p50/p95 latency and errors.
 */
export async function measureLoad(fn, { concurrency, ms, maxIterations = 100_000 }) {
  const latencies = [];
  let errors = 0;
  const until = Date.now() + ms;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = 0; i < maxIterations && Date.now() < until; i++) {
        const t = performance.now();
        try {
          await fn();
          latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { requests: latencies.length, rps: latencies.length / seconds, p50: pct(50), p95: pct(95), errors };
}
