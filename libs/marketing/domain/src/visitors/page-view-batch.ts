import { FieldError, msg } from '@rapport/shared-errors';
import { findBadInput, isUuid } from '@rapport/shared-util';

/**
 * What the tracking script posts to `POST /api/public/page-views` (issue 16 item 6), checked as
 * hostile input: anyone on the internet can post anything, so every field is typed, capped and
 * named in the answer, and nothing reaches SQL unchecked. Unknown fields are refused by name (the
 * script is served by this same API, so they are never a newer script's). All problems are listed
 * at once, as the other public endpoints do.
 */
export const MAX_VIEWS_PER_BATCH = 50;
export const MAX_PAGE_URL = 2048;
export const MAX_PAGE_TITLE = 300;
/** A view waits in the page at most until the next flush; a day covers a laptop closed over night. */
export const MAX_VIEW_AGE_MS = 24 * 60 * 60 * 1000;
/** Longer than any identity token we sign (visitor-identity-token.ts). */
export const MAX_IDENTITY_TOKEN = 200;
/** The body as bytes: 50 views of the longest URL, title and referrer fit with room to spare. */
export const PAGE_VIEW_MAX_BODY_BYTES = 256 * 1024;

export interface PageViewInput {
  /** The page's address without its fragment and without our own identity parameter. */
  url: string;
  /** Host and path, lower-case host, no query: what "visited pricing 3 times" counts by. */
  page: string;
  title: string | null;
  referrer: string | null;
  /** How long before the batch was sent the page was viewed (the server's clock decides the time). */
  ageMs: number;
}

export interface PageViewBatch {
  visitorId: string;
  views: PageViewInput[];
  /** A signed identity token from a tracked email link (rapport_pid), if the landing page had one. */
  identity: string | null;
}

export type BatchCheck = { ok: true; batch: PageViewBatch } | { ok: false; problems: FieldError[] };

/** The query parameter a tracked email link adds for the script to pick up (stripped from stored URLs). */
export const IDENTITY_PARAM = 'rapport_pid';

const BATCH_KEYS = new Set(['visitorId', 'views', 'identity']);
const VIEW_KEYS = new Set(['url', 'title', 'referrer', 'ageMs']);

const problem = (path: string, text: ReturnType<typeof msg>): FieldError => ({ path, message: text.message, messageKey: text.messageKey, ...(text.params ? { params: text.params } : {}) });
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An absolute http(s) address with a host, without its fragment and our identity parameter; null for anything else. */
export function normalizePageUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_PAGE_URL || !/^https?:\/\//i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password) return null;
  url.hash = '';
  if (url.searchParams.has(IDENTITY_PARAM)) url.searchParams.delete(IDENTITY_PARAM);
  return url;
}

/** Host and path as people read them: `www.example.com/pricing` (no scheme, query or trailing slash). */
export function pageKey(url: URL): string {
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  return `${url.hostname.toLowerCase()}${path}`;
}

function checkView(raw: unknown, path: string, problems: FieldError[]): PageViewInput | null {
  if (!isRecord(raw)) {
    problems.push(problem(path, msg('marketing.visitorView')));
    return null;
  }
  const before = problems.length;
  for (const key of Object.keys(raw)) if (!VIEW_KEYS.has(key)) problems.push(problem(`${path}.${key}`, msg('validation.unknownField', { field: key })));
  const url = normalizePageUrl(raw['url']);
  if (!url) problems.push(problem(`${path}.url`, msg('marketing.visitorUrl', { max: MAX_PAGE_URL })));
  const title = raw['title'];
  if (title != null && (typeof title !== 'string' || title.length > MAX_PAGE_TITLE)) problems.push(problem(`${path}.title`, msg('marketing.visitorTitle', { max: MAX_PAGE_TITLE })));
  const referrer = raw['referrer'];
  const referrerUrl = referrer == null || referrer === '' ? null : normalizePageUrl(referrer);
  if (referrer != null && referrer !== '' && !referrerUrl) problems.push(problem(`${path}.referrer`, msg('marketing.visitorReferrer', { max: MAX_PAGE_URL })));
  const age = raw['ageMs'] ?? 0;
  if (!Number.isInteger(age) || (age as number) < 0 || (age as number) > MAX_VIEW_AGE_MS) problems.push(problem(`${path}.ageMs`, msg('marketing.visitorAge', { max: MAX_VIEW_AGE_MS })));
  if (problems.length > before || !url) return null;
  const href = url.href;
  return {
    url: href.length <= MAX_PAGE_URL ? href : href.slice(0, MAX_PAGE_URL),
    page: pageKey(url).slice(0, MAX_PAGE_URL),
    title: typeof title === 'string' && title.trim() ? title.trim() : null,
    referrer: referrerUrl ? referrerUrl.href.slice(0, MAX_PAGE_URL) : null,
    ageMs: age as number,
  };
}

/** The batch to store, or every problem with it (paths from the top of the body: `views.3.url`). */
export function checkPageViewBatch(body: unknown): BatchCheck {
  if (!isRecord(body)) return { ok: false, problems: [problem('', msg('marketing.visitorBody'))] };
  // NUL bytes, lone surrogates, __proto__ keys: refused the way the API edge refuses them everywhere.
  const bad = findBadInput(body, '');
  if (bad) return { ok: false, problems: [{ path: bad.path, message: bad.message }] };
  const problems: FieldError[] = [];
  for (const key of Object.keys(body)) if (!BATCH_KEYS.has(key)) problems.push(problem(key, msg('validation.unknownField', { field: key })));
  const visitorId = body['visitorId'];
  if (!isUuid(visitorId)) problems.push(problem('visitorId', msg('marketing.visitorId')));
  const identity = body['identity'];
  if (identity != null && (typeof identity !== 'string' || identity.length > MAX_IDENTITY_TOKEN)) problems.push(problem('identity', msg('marketing.visitorIdentity', { max: MAX_IDENTITY_TOKEN })));
  const rawViews = body['views'];
  const views: PageViewInput[] = [];
  if (!Array.isArray(rawViews) || rawViews.length === 0 || rawViews.length > MAX_VIEWS_PER_BATCH) {
    problems.push(problem('views', msg('marketing.visitorViews', { max: MAX_VIEWS_PER_BATCH })));
  } else {
    rawViews.forEach((v, i) => {
      const view = checkView(v, `views.${i}`, problems);
      if (view) views.push(view);
    });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, batch: { visitorId: (visitorId as string).toLowerCase(), views, identity: typeof identity === 'string' && identity ? identity : null } };
}
