/**
 * The public web-to-lead endpoint against hostile bodies: not an object, fields over their limits
 * hidden behind another field, and bodies bigger than the cap sent without a Content-Length.
 * Every refusal is a 4xx problem+json and leaves the `lead` table as it was.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { useTestApi } from './testing/test-api';

const api = useTestApi({ PUBLIC_LEAD_RATE_LIMIT: '5000' });
const unique = () => Math.random().toString(36).slice(2, 10);
const leadCount = async () => Number((await api.ctx.ds.query(`SELECT count(*)::int AS n FROM lead`))[0].n);

/** A raw HTTP client: node:http streams the body in chunks with no Content-Length, as a hostile client may. */
async function chunkedPost(path: string, contentType: string, body: string, chunkBytes = 16 * 1024): Promise<{ status: number; type: string; body: string }> {
  const server = http.createServer(api.app.getHttpAdapter().getInstance());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': contentType, 'transfer-encoding': 'chunked' } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: text }));
      });
      req.on('error', reject);
      for (let i = 0; i < body.length; i += chunkBytes) req.write(body.slice(i, i + chunkBytes));
      req.end();
    });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

function expectProblem(res: { status: number; headers: Record<string, string>; body: { code?: string } }, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.body.code).toBe('VALIDATION_FAILED');
}

describe('web-to-lead: the body must be an object', () => {
  it.each(['[]', '[{"lastName":"Array"}]', '"Smith"', '42', 'null', 'true'])('refuses the JSON body %s with 400 and stores nothing', async (raw) => {
    const before = await leadCount();
    const res = await api.anon().post('/api/public/leads').set('content-type', 'application/json').send(raw);
    expectProblem(res, 400);
    expect(await leadCount()).toBe(before);
  });
});

describe('web-to-lead: every field keeps its limit whatever else is present', () => {
  it('refuses a 5,000-character last name even with a company, with the field path', async () => {
    const before = await leadCount();
    const res = await api.anon().post('/api/public/leads').send({ lastName: 'L'.repeat(5000), company: 'Acme', email: `long-${unique()}@example.com` });
    expectProblem(res, 400);
    expect((res.body.errors as { path: string }[]).map((e) => e.path)).toEqual(['lastName']);
    expect(await leadCount()).toBe(before);
  });

  it('lists every over-long or mistyped field at once', async () => {
    const before = await leadCount();
    const res = await api.anon().post('/api/public/leads').send({ firstName: 'F'.repeat(101), lastName: 7, company: 'C'.repeat(201), title: 'T'.repeat(101) });
    expectProblem(res, 400);
    const errors = res.body.errors as { path: string; message: string }[];
    expect([...new Set(errors.map((e) => e.path))].sort()).toEqual(['company', 'firstName', 'lastName', 'title']);
    expect(errors).toContainEqual({ path: 'lastName', message: 'lastName must be a string', messageKey: 'validation.isString' });
    expect(await leadCount()).toBe(before);
  });

  it('still takes a company without a last name, and still asks for one of them', async () => {
    const ok = await api.anon().post('/api/public/leads').send({ company: `Only Co ${unique()}` });
    expect(ok.status).toBe(201);
    const neither = await api.anon().post('/api/public/leads').send({ firstName: 'Nobody' });
    expectProblem(neither, 400);
    expect(neither.body.errors).toContainEqual({ path: 'lastName', message: 'Give a last name or a company', messageKey: 'leads.lastNameOrCompany' });
    expect((neither.body.errors as { path: string }[]).every((e) => e.path === 'lastName')).toBe(true);
  });
});

describe('web-to-lead: the 32 KB cap holds on the streamed bytes', () => {
  // Valid JSON padded with whitespace: it passes validation, so only the size can refuse it.
  const padded = (lastName: string, bytes: number) => `{"lastName":"${lastName}",${' '.repeat(bytes)}"email":"${lastName.toLowerCase()}@example.com"}`;

  it('refuses a chunked 300 KB JSON body with 413 problem+json and stores nothing', async () => {
    const before = await leadCount();
    const res = await chunkedPost('/api/public/leads', 'application/json', padded(`Chunked${unique()}`, 300 * 1024));
    expect(res.status).toBe(413);
    expect(res.type).toContain('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 413, code: 'VALIDATION_FAILED' });
    expect(await leadCount()).toBe(before);
  });

  it('refuses it under another spelling of the path and as a form post', async () => {
    const before = await leadCount();
    for (const path of ['/api/public/leads/', '/API/Public/Leads']) {
      expect((await chunkedPost(path, 'application/json', padded(`Spelled${unique()}`, 300 * 1024))).status).toBe(413);
    }
    const form = `lastName=Form${unique()}&message=${'x'.repeat(300 * 1024)}`;
    expect((await chunkedPost('/api/public/leads', 'application/x-www-form-urlencoded', form)).status).toBe(413);
    expect(await leadCount()).toBe(before);
  });

  it('takes a chunked body under the cap', async () => {
    const before = await leadCount();
    const res = await chunkedPost('/api/public/leads', 'application/json', padded(`Small${unique()}`, 8 * 1024), 1024);
    expect(res.status).toBe(201);
    expect(await leadCount()).toBe(before + 1);
  });
});
