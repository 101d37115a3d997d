import http from 'node:http';
import { apiLogin } from './support/api';
import { baseUrl } from './support/browser';

/**
 * The e2e stack runs the API as `npm start` does, a cluster of processes on one port
 * (API_PROCESSES=2 in tools/jest/e2e-global-setup.cjs). Each request here comes on a connection of
 * its own, and Node's cluster hands new connections to the processes in turn, so these requests
 * are spread over both.
 */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${baseUrl()}${path}`, { agent: false, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

const healthCount = (metrics: string): number =>
  metrics
    .split('\n')
    .filter((l) => l.startsWith('rapport_http_request_duration_seconds_count{') && l.includes('route="/api/health"') && l.includes('method="GET"'))
    .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);

describe('The API as a cluster of processes', () => {
  it('answers every request on its own connection with the one session, wherever it lands', async () => {
    const cookie = await apiLogin('admin@rapport.dev');
    const answers = await Promise.all(Array.from({ length: 12 }, () => get('/api/v1/users', { cookie })));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
  });

  it('reports the metrics of every process summed, whichever process is asked', async () => {
    const cookie = await apiLogin('admin@rapport.dev');
    const before = healthCount((await get('/api/metrics', { cookie })).body);
    for (let i = 0; i < 30; i++) expect((await get('/api/health')).status).toBe(200);
    // Asked twice, on two connections (so of two processes): the same sum both times.
    const after = [healthCount((await get('/api/metrics', { cookie })).body), healthCount((await get('/api/metrics', { cookie })).body)];
    expect(after).toEqual([before + 30, before + 30]);
  });
});
