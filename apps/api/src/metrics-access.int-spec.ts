/** /api/metrics is for Prometheus (bearer METRICS_TOKEN) and signed-in admins only. */
import { Role } from '@rapport/shared-domain';
import { useTestApi } from './testing/test-api';

const TOKEN = 'metrics-token-for-tests-0123456789abcdef';
const api = useTestApi({ METRICS_TOKEN: TOKEN });

const expectProblem = (res: { status: number; headers: Record<string, string>; body: { code?: string } }, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.body.code).toBe(code);
};
const expectMetrics = (res: { status: number; text: string }) => {
  expect(res.status).toBe(200);
  expect(res.text).toContain('process_cpu_seconds_total');
};

describe('/api/metrics access', () => {
  it('refuses anonymous callers with 401', async () => {
    expectProblem(await api.anon().get('/api/metrics'), 401, 'UNAUTHENTICATED');
  });

  it('refuses a signed-in non-admin with 403', async () => {
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    expectProblem(await rep.get('/api/metrics'), 403, 'FORBIDDEN');
  });

  it('serves a signed-in admin', async () => {
    const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
    expectMetrics(await admin.get('/api/metrics'));
  });

  it('serves the configured bearer token and refuses any other with 401', async () => {
    expectMetrics(await api.anon().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`));
    expectProblem(await api.anon().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}x`), 401, 'UNAUTHENTICATED');
    expectProblem(await api.anon().get('/api/metrics').set('Authorization', 'Bearer rk_abcdefghij_notakey'), 401, 'UNAUTHENTICATED');
  });

  it('still answers health and readiness without credentials', async () => {
    expect((await api.anon().get('/api/health')).status).toBe(200);
  });
});
