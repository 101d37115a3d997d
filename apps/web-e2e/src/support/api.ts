import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/**
 * The API as a browser test's own hands: sign a demo user in over HTTP and send GraphQL with
 * their session, to set up or check what the screens are tested against.
 */
export async function apiLogin(who: string, password = 'rapport-demo'): Promise<string> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { user { id } } }', variables: { i: { email: who, password } } }),
  });
  const cookie = res.headers.get('set-cookie');
  if (!res.ok || !cookie) throw new Error(`login of ${who} failed: ${res.status}`);
  return cookie.split(';')[0]!;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test-side view of arbitrary GraphQL answers
export async function gql(cookie: string, query: string, variables: object = {}): Promise<any> {
  const res = await fetch(`${baseUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Retries `probe` until it returns something truthy (jest has no auto-retrying expect). */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeout = 20_000): Promise<T> {
  const until = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 400));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/**
 * Signing in with a language picked on the login page saves it to the person's profile; the demo
 * users are shared by every e2e file, so a test that picks one gives them back the language they had.
 */
export async function keepingLocale<T>(email: string, run: () => Promise<T>): Promise<T> {
  const { me } = await gql(await apiLogin(email), '{ me { locale } }');
  try {
    return await run();
  } finally {
    await gql(await apiLogin(email), 'mutation($l: Locale!) { updateMyPreferences(input: { locale: $l }) { user { id } } }', { l: me.locale });
  }
}

/** GraphQL with a browser page's own session (its cookies); errors are thrown, not returned. */
export async function pageGql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}
