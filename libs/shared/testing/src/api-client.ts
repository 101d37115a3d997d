import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { path: string; message: string }[]; retryAfterSeconds?: number } }[];
}

/** Talks to an in-process API as the SPA or an integrator would: GraphQL + REST, cookie or API key. */
export class ApiClient {
  private cookie: string | null = null;
  private bearer: string | null = null;

  constructor(private readonly app: INestApplication) {}

  withApiKey(key: string): ApiClient {
    const c = new ApiClient(this.app);
    c.bearer = key;
    return c;
  }

  async login(email: string, password: string): Promise<GqlResult<{ login: { user: { id: string; role: string } } }>> {
    const res = await this.raw().post('/graphql').send({
      query: 'mutation($input: LoginInput!) { login(input: $input) { user { id role } } }',
      variables: { input: { email, password } },
    });
    this.keepCookies(res);
    return { status: res.status, data: res.body.data ?? null, errors: res.body.errors };
  }

  /** Signs this client in with the session a response set (a portal link followed, as a browser keeps the cookie). */
  keepCookies(res: { headers: Record<string, unknown> }): void {
    const setCookie = res.headers['set-cookie'] as string[] | undefined;
    if (setCookie?.length) this.cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
  }

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    return this.gqlIn<T>(null, query, variables);
  }

  /** Fails the test with the server's message when the operation returned errors. */
  async gqlOk<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    return this.gqlOkIn<T>(null, query, variables);
  }

  /** A GraphQL request with an Accept-Language header, as the SPA sends it (configured names are read in it, docs/adr/0010). */
  async gqlIn<T = Record<string, unknown>>(language: string | null, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    const req = this.authed(this.raw().post('/graphql'));
    if (language) req.set('Accept-Language', language);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body.data ?? null, errors: res.body.errors };
  }

  async gqlOkIn<T = Record<string, unknown>>(language: string | null, query: string, variables?: Record<string, unknown>): Promise<T> {
    const r = await this.gqlIn<T>(language, query, variables);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  get(path: string) {
    return this.authed(this.raw().get(path));
  }

  post(path: string) {
    return this.authed(this.raw().post(path));
  }

  /** An unauthenticated request, as the public internet would send it. */
  raw() {
    return request(this.app.getHttpServer());
  }

  private authed(req: request.Test): request.Test {
    if (this.cookie) req.set('Cookie', this.cookie);
    if (this.bearer) req.set('Authorization', `Bearer ${this.bearer}`);
    return req;
  }
}
