/**
 * Whether a page view came from a machine rather than a person's browser (issue 16 item 6). The
 * tracking script only runs where JavaScript runs, so plain crawlers never reach the endpoint; what
 * does reach it is headless browsers (prerenderers, SEO audits, uptime checks), link previewers and
 * HTTP tools replaying a batch. Those are answered 2xx like anyone (a bot that sees an error only
 * retries) but nothing is stored, so visitor counts and interests stay people's.
 *
 * Heuristic on the user agent only: a bot that pretends to be Chrome passes, as it would any
 * analytics product. `…bot` words catch the self-declared rest, but not a bare "bot" inside a word
 * (phone names such as "CUBOT" contain it).
 */
const BOT_AGENT = new RegExp(
  [
    String.raw`\b\w*bot\b`,
    String.raw`\w+bot/`,
    'crawl',
    'spider',
    'slurp',
    'headless',
    'phantomjs',
    'puppeteer',
    'playwright',
    'selenium',
    'lighthouse',
    'pagespeed',
    'pingdom',
    'uptime',
    'monitor',
    'facebookexternalhit',
    'embedly',
    'preview',
    'python-requests',
    'python-urllib',
    'aiohttp',
    String.raw`\bcurl/`,
    String.raw`\bwget/`,
    'go-http-client',
    String.raw`\bjava/`,
    'okhttp',
    'axios/',
    'node-fetch',
    'undici',
    'libwww-perl',
    'httpclient',
  ].join('|'),
  'i',
);

/** Phones whose model name ends in "bot" (CUBOT) read as people, not robots. */
const PHONE_BOT = /\bcubot\b/i;

/** Longest user agent we look at: real ones are a few hundred characters. */
const MAX_AGENT = 1000;

export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  const ua = (userAgent ?? '').slice(0, MAX_AGENT).trim();
  // Every browser sends one; only tools leave it out.
  if (!ua) return true;
  if (PHONE_BOT.test(ua) && !BOT_AGENT.test(ua.replace(PHONE_BOT, ''))) return false;
  return BOT_AGENT.test(ua);
}
