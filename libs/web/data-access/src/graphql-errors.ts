import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** Codes the API puts in `extensions.code` (see the contract's error section). */
export type ApiErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL'
  | 'UNAVAILABLE';

export interface ApiFieldError {
  /** Path inside the operation's arguments, e.g. `input.email` or `input.scopes.0`. */
  path: string;
  /** In the person's language when the server gave a key this app translates, else the server's English. */
  message: string;
}

export type ServerMessageParams = Record<string, string | number>;

/**
 * Says a server message in the person's language: `key` and `params` as the API sent them
 * (`extensions.messageKey`, `params`), `english` the server's own text, returned when the key is
 * unknown. The UI library registers the app's i18next-backed one (data-access knows no i18n).
 */
export type ServerMessageTranslator = (key: string, params: ServerMessageParams, english: string) => string;

let translator: ServerMessageTranslator | null = null;

/** Called once by the i18n set-up; until then (and in tests without it) messages stay as sent. */
export function setServerMessageTranslator(t: ServerMessageTranslator | null): void {
  translator = t;
}

const paramsOf = (v: unknown): ServerMessageParams =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'))
    : {};

/** A server message (an error, a field error, a problem+json body) as the person should read it. */
export function localizeServerMessage(message: string, key: unknown, params?: unknown): string {
  return translator && typeof key === 'string' && key ? translator(key, paramsOf(params), message) : message;
}

/**
 * The GraphQL errors behind any Apollo error. The server may answer a rejected request with a
 * non-2xx status (401/429) and a GraphQL body; Apollo reports that as a ServerError, so the body is
 * parsed here too and screens only ever look at one shape.
 */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      return Array.isArray(body.errors) ? body.errors : [];
    } catch {
      return [];
    }
  }
  return [];
}

export function errorCodeOf(error: unknown): ApiErrorCode | string | undefined {
  const code = graphQLErrorsOf(error).find((e) => typeof e.extensions?.['code'] === 'string')?.extensions?.[
    'code'
  ];
  if (typeof code === 'string') return code;
  if (ServerError.is(error) && error.statusCode === 401) return 'UNAUTHENTICATED';
  return undefined;
}

/** The message to show a person: the server's own, in their language when the server keyed it. */
export function errorMessageOf(error: unknown): string | undefined {
  const first = graphQLErrorsOf(error)[0];
  if (first?.message) return localizeServerMessage(first.message, first.extensions?.['messageKey'], first.extensions?.['params']);
  if (error instanceof Error && error.message) return error.message;
  return undefined;
}

export function retryAfterSecondsOf(error: unknown): number | undefined {
  for (const e of graphQLErrorsOf(error)) {
    const value = e.extensions?.['retryAfterSeconds'];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, Math.ceil(value));
  }
  if (ServerError.is(error)) {
    const header = Number(error.response.headers.get('retry-after'));
    if (Number.isFinite(header) && header > 0) return Math.ceil(header);
  }
  return undefined;
}

export function fieldErrorsOf(error: unknown): ApiFieldError[] {
  const out: ApiFieldError[] = [];
  for (const e of graphQLErrorsOf(error)) {
    const fields = e.extensions?.['fields'];
    if (!Array.isArray(fields)) continue;
    for (const f of fields as unknown[]) {
      if (f && typeof f === 'object' && typeof (f as ApiFieldError).path === 'string') {
        const { path, message, messageKey, params } = f as ApiFieldError & { messageKey?: unknown; params?: unknown };
        out.push({ path, message: typeof message === 'string' ? localizeServerMessage(message, messageKey, params) : '' });
      }
    }
  }
  return out;
}

/**
 * The sentence for a refused REST call (`application/problem+json`): the first field's message,
 * else the detail, else the title, each in the person's language when keyed.
 */
export function problemMessageOf(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as { errors?: { message?: unknown; messageKey?: unknown; params?: unknown }[]; title?: unknown; detail?: unknown; messageKey?: unknown; params?: unknown };
  const first = Array.isArray(b.errors) ? b.errors.find((e) => e && typeof e.message === 'string') : undefined;
  if (first) return localizeServerMessage(first.message as string, first.messageKey, first.params);
  if (typeof b.detail === 'string') return b.detail;
  return typeof b.title === 'string' ? localizeServerMessage(b.title, b.messageKey, b.params) : undefined;
}

export type FormNamePath = (string | number)[];

export interface MappedFieldErrors {
  /** Ready for antd `form.setFields`: one entry per form field, messages grouped. */
  fields: { name: FormNamePath; errors: string[] }[];
  /** Messages for paths no form field owns; show them above the form so they are not lost. */
  unmatched: string[];
}

/**
 * Turns API field paths (`input.email`, `input.scopes.0`) into antd form name paths.
 * `rename` maps API names to form names where they differ (e.g. `teamId` → `team`).
 * `nested` lists object fields whose second segment is a form field of its own
 * (`input.customFields.region` → `['customFields', 'region']`).
 */
export function mapFieldErrors(
  fieldErrors: readonly ApiFieldError[],
  formFields: readonly string[],
  options: { prefix?: string; rename?: Record<string, string>; nested?: readonly string[] } = {},
): MappedFieldErrors {
  const prefix = options.prefix ?? 'input';
  const byName = new Map<string, { name: FormNamePath; errors: string[] }>();
  const unmatched: string[] = [];

  for (const { path, message } of fieldErrors) {
    const segments = path.split('.').filter(Boolean);
    if (segments[0] === prefix) segments.shift();
    // Only the first segment names the form field: a message about `scopes.0` belongs on the
    // `scopes` checkbox group, not on a list item the form does not have.
    const head = segments[0];
    const name = head === undefined ? undefined : (options.rename?.[head] ?? head);
    if (!name || !formFields.includes(name)) {
      if (message) unmatched.push(message);
      continue;
    }
    const child = options.nested?.includes(name) ? segments[1] : undefined;
    const formName: FormNamePath = child === undefined ? [name] : [name, child];
    const key = formName.join('.');
    const entry = byName.get(key) ?? { name: formName, errors: [] };
    if (message && !entry.errors.includes(message)) entry.errors.push(message);
    byName.set(key, entry);
  }

  return { fields: [...byName.values()], unmatched };
}
