import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { Role } from '@rapport/shared-domain';
import { TEST_PASSWORD } from '@rapport/shared-testing';
import { seedDemoData } from '../seed/demo-seed';
import { TestApi, useTestApi } from '../testing/test-api';
import { captureServerErrors } from './fuzz-run';

/** Who sends a fuzz request: a label for the report and the headers that authenticate it. */
export interface Caller {
  label: string;
  headers: Record<string, string>;
}

export const anonymous: Caller = { label: 'anonymous', headers: {} };

/** Signs in through the login mutation and keeps the session cookie. */
export async function signIn(app: INestApplication, label: string, email: string, password: string): Promise<Caller> {
  const res = await request(app.getHttpServer())
    .post('/graphql')
    .send({ query: 'mutation($input: LoginInput!) { login(input: $input) { user { id } } }', variables: { input: { email, password } } });
  const cookies = res.headers['set-cookie'] as unknown as string[] | undefined;
  if (!cookies?.length) throw new Error(`signing in ${email} failed: ${JSON.stringify(res.body)}`);
  return { label, headers: { Cookie: cookies.map((c) => c.split(';')[0]).join('; ') } };
}

export function withApiKey(label: string, secret: string): Caller {
  return { label, headers: { Authorization: `Bearer ${secret}` } };
}

export interface Answer {
  status: number;
  contentType: string | undefined;
  body: unknown;
  text: string;
}

/** What came back, with the body parsed when it is JSON (whatever the content type claims). */
export function answer(res: request.Response): Answer {
  const contentType = res.headers['content-type'] as string | undefined;
  let body: unknown = res.body;
  const text = typeof res.text === 'string' ? res.text : '';
  if ((body === undefined || (typeof body === 'object' && body !== null && !Object.keys(body).length)) && text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text.slice(0, 2000);
    }
  }
  return { status: res.status, contentType, body, text };
}

/**
 * The API a fuzz file runs against: booted on the demo data (records of every kind to aim at), its
 * log captured per request, no rate limit in the way, and a signed-in admin of its own that the
 * value pools keep out of reach (`ValuePools.protect`).
 */
export function useFuzzApi(): { api: TestApi; serverErrors: { take(): string[] }; signInAdmin(label: string): Promise<{ caller: Caller; userId: string }> } {
  let errors: { take(): string[] } | undefined;
  const api = useTestApi({ LOG_LEVEL: 'silent', PUBLIC_LEAD_RATE_LIMIT: '1000000' }, async ({ app, ctx }) => {
    await seedDemoData(ctx.ds);
    errors = captureServerErrors(app);
  });
  return {
    api,
    serverErrors: { take: () => errors?.take() ?? [] },
    async signInAdmin(label: string) {
      const user = await api.ctx.newUser({ role: Role.Admin, name: 'Fuzz Admin' });
      return { caller: await signIn(api.app, label, user.email, TEST_PASSWORD), userId: user.id };
    },
  };
}
