/**
 * The OpenAPI document tells integrators the truth about errors: a ProblemDetails schema, the
 * problem+json 4xx responses each operation can really give, and the success status it really
 * answers. Checked against the running API, not only against itself.
 */
import { randomUUID } from 'node:crypto';
import { useTestApi } from './testing/test-api';

const api = useTestApi();

interface Response {
  description: string;
  content?: Record<string, { schema?: { $ref?: string } }>;
  headers?: Record<string, unknown>;
}
interface Operation {
  security?: unknown[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, Response>;
}
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, { properties?: Record<string, { items?: { properties?: object } }> }>; securitySchemes: Record<string, { bearerFormat?: string }> } };

let doc: Doc;
let operations: { path: string; method: string; op: Operation }[];
beforeAll(async () => {
  const res = await api.anon().get('/api/docs-json');
  expect(res.status).toBe(200);
  doc = res.body as Doc;
  operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));
});

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };
const hasProblem = (r: Response | undefined) => expect(r?.content).toMatchObject(PROBLEM);
const name = (o: { path: string; method: string }) => `${o.method.toUpperCase()} ${o.path}`;

describe('OpenAPI error responses', () => {
  it('defines the ProblemDetails schema', () => {
    const schema = doc.components.schemas['ProblemDetails'];
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(['code', 'errors', 'instance', 'messageKey', 'params', 'status', 'title', 'type']);
    expect(Object.keys(schema.properties?.['errors'].items?.properties ?? {}).sort()).toEqual(['message', 'messageKey', 'params', 'path']);
  });

  it('gives every operation its problem+json 4xx responses', () => {
    expect(operations.length).toBeGreaterThan(5);
    for (const o of operations) {
      const { op } = o;
      const statuses = Object.keys(op.responses);
      expect({ op: name(o), has400: statuses.includes('400') }).toEqual({ op: name(o), has400: true });
      if (op.security?.length) expect({ op: name(o), statuses: statuses.filter((s) => s === '401' || s === '403') }).toEqual({ op: name(o), statuses: ['401', '403'] });
      if (o.path.includes('{')) expect({ op: name(o), has404: statuses.includes('404') }).toEqual({ op: name(o), has404: true });
      if (op.requestBody?.content['application/json']) expect({ op: name(o), has413: statuses.includes('413') }).toEqual({ op: name(o), has413: true });
      for (const s of statuses.filter((s) => s.startsWith('4'))) hasProblem(op.responses[s]);
    }
  });

  it('marks exactly the public operations as needing no credentials', () => {
    expect(operations.filter((o) => !o.op.security?.length).map(name).sort()).toEqual([
      'GET /api/public/confirm/{token}',
      'GET /api/public/events/{id}',
      'GET /api/public/forms/{id}',
      'GET /api/public/preferences/{token}',
      'GET /api/public/registrations/{token}',
      'GET /api/public/surveys/{token}',
      'GET /api/public/t/c/{token}',
      'GET /api/public/t/o/{token}',
      'GET /api/public/unsubscribe/{token}',
      'GET /api/public/visitors.js',
      'GET /api/public/visits/{token}',
      'POST /api/public/confirm/{token}',
      'POST /api/public/events/{id}/registrations',
      'POST /api/public/leads',
      'POST /api/public/page-views',
      'POST /api/public/portal/links',
      'POST /api/public/portal/sign-in-link',
      'POST /api/public/portal/sign-up',
      'POST /api/public/preferences/{token}',
      'POST /api/public/registrations/{token}',
      'POST /api/public/registrations/{token}/cancel',
      'POST /api/public/surveys/{token}',
      'POST /api/public/unsubscribe/{token}',
      'POST /api/public/visits/{token}/confirm',
    ]);
  });

  it('documents the customer portal’s file routes for a signed-in customer (cookie), with their refusals', () => {
    const portal = operations.filter((o) => o.path.startsWith('/api/v1/portal/'));
    expect(portal.map(name).sort()).toEqual(['GET /api/v1/portal/cases/{caseId}/attachments/{id}', 'POST /api/v1/portal/cases/{caseId}/messages/{messageId}/attachments']);
    for (const { op } of portal) {
      expect(op.security).toEqual([{ cookie: [] }]);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '404']));
    }
  });

  it('documents the web-to-lead specifics: 413, 429 with Retry-After, HTML for form posts', () => {
    const op = doc.paths['/api/public/leads']['post'];
    expect(Object.keys(op.responses).sort()).toEqual(['201', '303', '400', '413', '429']);
    expect(op.responses['429'].headers).toHaveProperty('Retry-After');
    expect(Object.keys(op.responses['400'].content ?? {}).sort()).toEqual(['application/problem+json', 'text/html']);
  });

  it('documents the success status POST routes really answer', () => {
    const upload = doc.paths['/api/v1/lead-imports']['post'];
    expect(upload.responses).toHaveProperty('201');
    expect(upload.responses).not.toHaveProperty('200');
    // The pages behind mail links change an existing answer and show a page: 200 (unsubscribe.int-spec.ts, consent-double-opt-in.int-spec.ts
    // and events.int-spec.ts check it); a page-view batch creates no resource anyone reads back: 200 (web-visitors.int-spec.ts);
    // an orders bulk upsert answers counts, not a new resource: 200 (segments.int-spec.ts).
    // The portal's sign-up and link requests accept and mail later, whether or not the address is known: 202; following a link
    // signs in (a session, not a resource): 200 (portal-access.int-spec.ts).
    const answers = (o: { path: string }) =>
      /^\/api\/public\/portal\/(sign-up|sign-in-link)$/.test(o.path)
        ? '202'
        : /^\/api\/public\/(unsubscribe|preferences|confirm|registrations|visits)\/|^\/api\/public\/page-views$|^\/api\/public\/portal\/links$|^\/api\/v1\/orders\/bulk$/.test(o.path)
          ? '200'
          : '201';
    for (const o of operations.filter((o) => o.method === 'post')) {
      const status = answers(o);
      const others = ['200', '201', '202'].filter((s) => s !== status);
      expect({ op: name(o), documented: status in o.op.responses, other: others.some((s) => s in o.op.responses) }).toEqual({ op: name(o), documented: true, other: false });
    }
  });

  it('describes API keys, not JWTs, as the bearer format', () => {
    const bearer = doc.components.securitySchemes['bearer'];
    expect(bearer.bearerFormat).toMatch(/^rk_/);
    expect(bearer.bearerFormat).not.toMatch(/jwt/i);
  });

  it('matches the running API: an anonymous call to any protected operation gets the documented 401 problem+json', async () => {
    const fill = (path: string) => path.replace(/\{id\}/g, randomUUID()).replace(/\{object\}/g, 'accounts');
    for (const o of operations.filter((o) => o.op.security?.length)) {
      const res = await api.anon()[o.method as 'get' | 'post'](fill(o.path));
      expect({ op: name(o), status: res.status, type: res.headers['content-type'] }).toEqual({ op: name(o), status: 401, type: expect.stringContaining('application/problem+json') });
    }
  });
});
