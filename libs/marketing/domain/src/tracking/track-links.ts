import { Parser } from 'htmlparser2';
import { AppError, ErrorCode, msg } from '@rapport/shared-errors';
import { escapeHtml } from '@rapport/shared-util';
import { signClickToken, signOpenToken, trackableUrl } from './tracking-token';
import { addUtm, type Utm } from './utm';

/**
 * Click and open tracking in one rendered email (issue 15 item 7): each web link goes through
 * Rapport's redirect with the campaign's UTM values added, and an open pixel closes the body.
 * The HTML is tokenised (htmlparser2, which html-to-text already uses), not re-serialised: only the
 * `href` attributes of tracked links change and the pixel is inserted, every other byte of the
 * MJML output (Outlook's conditional comments, entities, whitespace) stays as it was. Links inside
 * comments (Outlook-only `<!--[if mso]>` markup) are therefore not tracked; MJML writes the links
 * people click outside them.
 */
export interface TrackingOptions {
  /** The `mailing_send` id (a bigint, as a decimal string). */
  sendId: string;
  /** The app secret the token keys derive from. */
  secret: string;
  /** Where people reach Rapport from their mail, e.g. `https://crm.example.com` (a path prefix is kept). */
  origin: string;
  /** The campaign's UTM values for the destinations; none added when absent. */
  utm?: Utm | null;
  /** URL prefixes left exactly as written: the unsubscribe and preference links. */
  untracked?: readonly string[];
  /** Add the open pixel (trackLinks only); default true. */
  openPixel?: boolean;
}

/** A tracked destination (with its UTM values, as the click token carries it) and its place among the distinct ones, for per-link click reports. */
export interface TrackedLink {
  index: number;
  url: string;
}

export interface TrackedHtml {
  html: string;
  links: TrackedLink[];
}

export interface TrackedText {
  text: string;
  links: TrackedLink[];
}

export const TRACKING_PATH = '/api/public/t';
/** The attribute that keeps one link out of tracking (kept in the output; mail clients ignore it). */
export const NO_TRACK_ATTRIBUTE = 'data-rapport-notrack';

interface Tracker {
  /** The redirect for a written href, or null when the link stays as written. */
  hrefFor(written: string): string | null;
  links: TrackedLink[];
  base: string;
}

function trackerFor(options: TrackingOptions): Tracker {
  const origin = trackableUrl(options.origin);
  if (origin === null || /[?#]/.test(origin)) {
    throw new AppError(ErrorCode.Internal, msg('errors.internal', undefined, 'The public address for tracking links must be an http(s) URL without a query.'));
  }
  const base = origin.replace(/\/+$/, '');
  // Links already through the redirect (tracking run twice) are never wrapped again.
  const untracked = [...(options.untracked ?? []).filter((p) => p.length > 0), `${base}${TRACKING_PATH}/`];
  const indexOf = new Map<string, number>();
  const links: TrackedLink[] = [];
  const hrefFor = (written: string): string | null => {
    const trimmed = written.trim();
    const normalised = trackableUrl(trimmed);
    if (normalised === null || untracked.some((p) => trimmed.startsWith(p) || normalised.startsWith(p))) return null;
    // A destination the UTM values push over the length limit is still tracked, without them.
    const url = (options.utm ? trackableUrl(addUtm(trimmed, options.utm)) : null) ?? normalised;
    if (!indexOf.has(url)) {
      indexOf.set(url, links.length);
      links.push({ index: links.length, url });
    }
    return `${base}${TRACKING_PATH}/c/${signClickToken({ sendId: options.sendId, url }, options.secret)}`;
  };
  return { hrefFor, links, base };
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const spliced = (source: string, edits: Edit[]) => {
  let out = '';
  let at = 0;
  // Content after `</body>` puts a link's edit after the pixel's.
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + source.slice(at);
};

/**
 * Rewrites every `<a href>` with an http(s) destination to the click redirect, leaving mailto:,
 * tel:, anchors, relative links, the `untracked` prefixes and links marked `data-rapport-notrack`
 * as written, and adds the open pixel as the last thing in `<body>` (at the end when there is no
 * `</body>`). Never throws on any HTML; throws only on options that are a programming error.
 */
export function trackLinks(html: string, options: TrackingOptions): TrackedHtml {
  const tracker = trackerFor(options);
  const edits: Edit[] = [];
  let attributes: { name: string; value: string; start: number; end: number }[] = [];
  let bodyEnd: number | null = null;
  const parser: Parser = new Parser(
    {
      onopentagname: () => {
        attributes = [];
      },
      onattribute: (name, value) => {
        attributes.push({ name, value, start: parser.startIndex, end: parser.endIndex });
      },
      onopentag: (name) => {
        if (name !== 'a' || attributes.some((a) => a.name === NO_TRACK_ATTRIBUTE)) return;
        // The first href wins, in browsers as in htmlparser2.
        const href = attributes.find((a) => a.name === 'href');
        const tracked = href ? tracker.hrefFor(href.value) : null;
        if (href && tracked) edits.push({ start: href.start, end: href.end, text: `href="${escapeHtml(tracked)}"` });
      },
      onclosetag: (name, isImplied) => {
        if (name === 'body' && !isImplied && bodyEnd === null) bodyEnd = parser.startIndex;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (options.openPixel !== false) {
    const src = `${tracker.base}${TRACKING_PATH}/o/${signOpenToken({ sendId: options.sendId }, options.secret)}`;
    const pixel = `<img src="${escapeHtml(src)}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px" />`;
    const at = bodyEnd ?? html.length;
    edits.push({ start: at, end: at, text: pixel });
  }
  return { html: spliced(html, edits), links: tracker.links };
}

/** A bare web address in plain text: what may appear in a URL, so CJK text and `[]` around it (html-to-text writes `text [url]`) end it. */
const TEXT_URL = /https?:\/\/[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+/gi;

/** The address without the sentence's punctuation after it, and without a `)` that closes the text's parenthesis rather than the URL's. */
function urlEnd(candidate: string): string {
  let url = candidate.replace(/[.,;:!?'"*]+$/, '');
  while (url.endsWith(')') && url.split(')').length > url.split('(').length) url = url.slice(0, -1).replace(/[.,;:!?'"*]+$/, '');
  return url;
}

/** The plain-text part with each bare http(s) address tracked as trackLinks tracks the HTML (same tokens, same untracked prefixes, no pixel). */
export function trackTextLinks(text: string, options: TrackingOptions): TrackedText {
  const tracker = trackerFor(options);
  const out = text.replace(TEXT_URL, (candidate) => {
    const url = urlEnd(candidate);
    const tracked = tracker.hrefFor(url);
    return tracked ? tracked + candidate.slice(url.length) : candidate;
  });
  return { text: out, links: tracker.links };
}
