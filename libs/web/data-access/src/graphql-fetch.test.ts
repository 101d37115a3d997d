import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { LoginDocument, MeDocument } from './generated/graphql';
import { fetchGraphQL } from './graphql-fetch';
import { errorCodeOf, errorMessageOf, retryAfterSecondsOf, setServerMessageTranslator } from './graphql-errors';

let fetchMock: Mock<(url: string, init: RequestInit) => Promise<Response>>;
const respond = (status: number, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetchMock.mockResolvedValueOnce(new Response(body, { status, headers }));
const input = { email: 'ana@example.com', password: 'secret' };

beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setServerMessageTranslator(null);
});

/** What fetchGraphQL threw, for the error readers the screens use. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the call to fail'),
    (error: unknown) => error,
  );
}

describe('fetchGraphQL', () => {
  it('posts the printed operation with __typename in every selection but the root, like Apollo', async () => {
    respond(200, JSON.stringify({ data: { me: null } }));
    await fetchGraphQL(MeDocument, {}, { language: 'zh-TW', uri: '/api/graphql' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'include' });
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', 'accept-language': 'zh-TW' });
    const body = JSON.parse(String(init.body)) as { operationName: string; query: string; variables: unknown };
    expect(body.operationName).toBe('Me');
    expect(body.variables).toEqual({});
    const compact = body.query.replace(/\s+/g, ' ');
    expect(compact).toContain('query Me { me { ...CurrentUser __typename } }');
    expect(compact).toContain('team { id name __typename }');
    expect(compact).toContain('permissions { object read write __typename }');
    expect(compact).not.toMatch(/query Me \{[^{]*__typename/);
  });

  it('returns the data of a successful answer', async () => {
    const user = { __typename: 'User', id: 'u1' };
    respond(200, JSON.stringify({ data: { login: { __typename: 'LoginPayload', user } } }));
    await expect(fetchGraphQL(LoginDocument, { input })).resolves.toEqual({ login: { __typename: 'LoginPayload', user } });
  });

  it('fails like Apollo on a refused sign-in (401 with a GraphQL body), translated by its key', async () => {
    setServerMessageTranslator((key, _params, english) => (key === 'auth.badCredentials' ? '邮箱或密码不正确。' : english));
    respond(401, JSON.stringify({ errors: [{ message: 'The email or password is not correct.', extensions: { code: 'UNAUTHENTICATED', messageKey: 'auth.badCredentials' } }] }));
    const error = await failure(fetchGraphQL(LoginDocument, { input }));
    expect(errorCodeOf(error)).toBe('UNAUTHENTICATED');
    expect(errorMessageOf(error)).toBe('邮箱或密码不正确。');
  });

  it('reads the wait of a rate limit from the body, else from Retry-After', async () => {
    respond(429, JSON.stringify({ errors: [{ message: 'Too many.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 41.2 } }] }));
    expect(retryAfterSecondsOf(await failure(fetchGraphQL(LoginDocument, { input })))).toBe(42);
    respond(429, 'Too Many Requests', { 'content-type': 'text/plain', 'retry-after': '30' });
    const error = await failure(fetchGraphQL(LoginDocument, { input }));
    expect(errorCodeOf(error)).toBeUndefined();
    expect(retryAfterSecondsOf(error)).toBe(30);
  });

  it('fails with the errors of a 200 answer that has them', async () => {
    respond(200, JSON.stringify({ data: null, errors: [{ message: 'Nope.', extensions: { code: 'FORBIDDEN' } }] }));
    const error = await failure(fetchGraphQL(LoginDocument, { input }));
    expect(errorCodeOf(error)).toBe('FORBIDDEN');
    expect(errorMessageOf(error)).toBe('Nope.');
  });

  it('has no code for an answer that is not GraphQL, or no answer at all', async () => {
    respond(200, '<html>proxy error</html>', { 'content-type': 'text/html' });
    expect(errorCodeOf(await failure(fetchGraphQL(LoginDocument, { input })))).toBeUndefined();
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(errorCodeOf(await failure(fetchGraphQL(LoginDocument, { input })))).toBeUndefined();
  });
});
