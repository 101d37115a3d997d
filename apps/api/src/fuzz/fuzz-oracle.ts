import { STABLE_CODES } from './fuzz-run';

/**
 * The property every fuzz case must hold: the server answers with data or a client error that
 * carries a stable code — never a 5xx, never INTERNAL. Returns what is wrong, or null.
 */

interface GqlBody {
  data?: unknown;
  errors?: { message?: string; extensions?: { code?: unknown } }[];
  code?: unknown;
}

export function graphqlProblem(status: number, body: unknown): string | null {
  const b = (body && typeof body === 'object' ? body : {}) as GqlBody;
  const codes = Array.isArray(b.errors) ? [...new Set(b.errors.map((e) => String(e?.extensions?.code ?? 'no code')))] : typeof b.code === 'string' ? [b.code] : [];
  if (status >= 500) return `HTTP ${status}${codes.length ? ` with ${codes.join(', ')}` : ''}`;
  if (status === 431 || status === 414) return null; // refused by Node's HTTP parser, before the app (see restProblem)
  if (!Array.isArray(b.errors)) {
    if (status >= 400) return typeof b.code === 'string' && STABLE_CODES.has(b.code) ? null : `HTTP ${status} without a GraphQL error or problem code`;
    return 'data' in b ? null : `HTTP ${status} without data or errors`;
  }
  if (!b.errors.length) return 'empty errors array';
  for (const code of codes) {
    if (code === 'INTERNAL' || code === 'INTERNAL_SERVER_ERROR') return `extensions.code ${code}`;
    if (!STABLE_CODES.has(code)) return `unstable extensions.code ${code}`;
  }
  return null;
}

/** True when the answer has no error at all: the input was accepted. */
export function graphqlAccepted(status: number, body: unknown): boolean {
  const b = (body && typeof body === 'object' ? body : {}) as GqlBody;
  return status < 400 && !b.errors?.length && b.data !== undefined;
}

/**
 * REST: problem+json with a stable code for every error. HTML error pages are accepted where the
 * request asked for HTML (a browser posting a form gets a page listing what to fix).
 */
export function restProblem(status: number, contentType: string | undefined, body: unknown, acceptsHtml: boolean): string | null {
  const type = (contentType ?? '').split(';')[0].trim();
  if (status >= 500) {
    const code = body && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
    return `HTTP ${status}${code ? ` with ${String(code)}` : ''}`;
  }
  if (status < 400) return null;
  // Node's HTTP parser refuses an oversized URL or header block before the app sees the request.
  if (status === 431 || status === 414) return null;
  if (type === 'text/html' && acceptsHtml) return null;
  if (type !== 'application/problem+json') return `HTTP ${status} as ${type || 'no content type'}, not problem+json`;
  const code = (body as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return `HTTP ${status} problem without code`;
  if (!STABLE_CODES.has(code)) return `HTTP ${status} with unstable code ${code}`;
  return null;
}

/** A short label of how a GraphQL request was answered, for the coverage table. */
export function graphqlOutcome(status: number, body: unknown): string {
  const b = (body && typeof body === 'object' ? body : {}) as GqlBody;
  if (Array.isArray(b.errors) && b.errors.length) return [...new Set(b.errors.map((e) => String(e?.extensions?.code)))].join('+');
  return status < 400 ? 'ok' : `HTTP ${status}`;
}
