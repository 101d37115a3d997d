import { localizeServerMessage, problemMessageOf } from '@rapport/web-data-access';

/** A field the portal's REST routes refused, in the person's language (`errors[]` of problem+json). */
export interface PortalFieldError {
  path: string;
  message: string;
}

/** A refused or failed call to the portal's public routes (sign up, sign-in link, following a link). */
export class PortalRequestError extends Error {
  constructor(
    message: string | undefined,
    readonly status: number,
    readonly fields: PortalFieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message ?? '');
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function fieldsOf(body: unknown): PortalFieldError[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is { path: string; message: string; messageKey?: unknown; params?: unknown } => !!e && typeof e.path === 'string' && typeof e.message === 'string')
    .map((e) => ({ path: e.path, message: localizeServerMessage(e.message, e.messageKey, e.params) }));
}

export type PortalRoute = 'sign-up' | 'sign-in-link' | 'links';

/**
 * Posts to `/api/public/portal/<route>` (the session cookie comes back from `links`). A refusal
 * rejects with the server's sentence in the person's language and its field errors; a network
 * failure with status 0 and no message (the page says it in its own words).
 */
export async function postPortal<T = unknown>(route: PortalRoute, body: Record<string, unknown>, language: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/public/portal/${route}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': language },
      body: JSON.stringify(body),
    });
  } catch {
    throw new PortalRequestError(undefined, 0);
  }
  const json = parse(await response.text());
  if (!response.ok) {
    const retry = Number(response.headers.get('retry-after'));
    throw new PortalRequestError(problemMessageOf(json), response.status, fieldsOf(json), Number.isFinite(retry) && retry > 0 ? Math.ceil(retry) : undefined);
  }
  return json as T;
}

/** Antd `setFields` entries for the fields a form owns; the rest come back as sentences to show above it. */
export function splitFieldErrors<K extends string>(fields: readonly PortalFieldError[], owned: readonly K[]): { fields: { name: K; errors: string[] }[]; other: string[] } {
  const mine = new Map<K, string[]>();
  const other: string[] = [];
  for (const f of fields) {
    const name = f.path.split('.').filter(Boolean).at(-1) ?? '';
    if ((owned as readonly string[]).includes(name)) mine.set(name as K, [...(mine.get(name as K) ?? []), f.message]);
    else other.push(f.message);
  }
  return { fields: [...mine].map(([name, errors]) => ({ name, errors })), other };
}
