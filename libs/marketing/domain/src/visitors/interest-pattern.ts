/**
 * Which product lines a page is about (issue 16 item 6): admins map URL patterns to values of the
 * `productLine` picklist, and each person's page views count towards the lines their pages match.
 * Matched when read, never stored on the view: a rule added today also explains last month's
 * visits, and a changed rule changes no rows.
 *
 * Pattern syntax, for marketers rather than programmers:
 * - `/pricing` matches that path on any of the company's sites (`/pricing/` too);
 * - `shop.example.com/products/*` matches that host only (`*.example.com/...` any subdomain);
 * - `*` stands for any run of characters, `/` included; nothing else is special.
 * Hosts and paths compare case-insensitively; the query string and fragment are never part of it.
 */
export const MAX_PATTERN_LENGTH = 300;
export const MAX_INTEREST_RULES = 500;

export interface InterestRule {
  pattern: string;
  productLine: string;
}

export interface CompiledRule {
  productLine: string;
  test: (page: string) => boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A pattern as stored: trimmed, without a scheme, lower-case; null when it cannot be one. */
export function normalizePattern(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const pattern = raw
    .trim()
    .replace(/^https?:\/\//i, '')
    .toLowerCase();
  if (!pattern || pattern.length > MAX_PATTERN_LENGTH || /[\s?#]/.test(pattern) || /^\*+$/.test(pattern)) return null;
  // A host part, when given, is a host name (letters, digits, dots, dashes, a leading `*.`), without a port (page keys have none).
  if (!pattern.startsWith('/')) {
    const host = pattern.split('/')[0]!;
    if (!/^(\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/.test(host)) return null;
  }
  return pattern;
}

/**
 * The matcher of one stored pattern over a page key (`host/path`, pageKey in page-view-batch.ts).
 * A trailing slash is ignored on both sides, so `/pricing` and `/pricing/` are one page.
 */
export function compilePattern(pattern: string): (page: string) => boolean {
  const trimmed = pattern.length > 1 ? pattern.replace(/\/+$/, '') : pattern;
  const body = trimmed.split('*').map(escapeRegExp).join('.*');
  // A path pattern matches after any host; a host pattern from the start of the key.
  const source = trimmed.startsWith('/') ? `^[^/]*${body}$` : `^${body.replace(/^\.\*\\\./, '(?:[^/]*\\.)?')}$`;
  const re = new RegExp(source);
  return (page: string) => {
    const key = page.toLowerCase();
    // The site root has no path in its key; `/` matches it.
    return re.test(key) || (trimmed === '/' && !key.includes('/'));
  };
}

export function compileRules(rules: readonly InterestRule[]): CompiledRule[] {
  return rules.map((r) => ({ productLine: r.productLine, test: compilePattern(r.pattern) }));
}

/** The product lines a page is about, each once, in rule order. */
export function productLinesOf(page: string, rules: readonly CompiledRule[]): string[] {
  const out: string[] = [];
  for (const r of rules) if (!out.includes(r.productLine) && r.test(page)) out.push(r.productLine);
  return out;
}

export interface PageCount {
  page: string;
  views: number;
  lastViewedAt: Date;
}

export interface InterestCount {
  productLine: string;
  views: number;
  lastViewedAt: Date;
}

/** Views per product line from views per page, most viewed first (a page about two lines counts for both). */
export function interestCounts(pages: readonly PageCount[], rules: readonly CompiledRule[]): InterestCount[] {
  const byLine = new Map<string, InterestCount>();
  for (const p of pages) {
    for (const line of productLinesOf(p.page, rules)) {
      const seen = byLine.get(line);
      if (!seen) byLine.set(line, { productLine: line, views: p.views, lastViewedAt: p.lastViewedAt });
      else {
        seen.views += p.views;
        if (p.lastViewedAt > seen.lastViewedAt) seen.lastViewedAt = p.lastViewedAt;
      }
    }
  }
  return [...byLine.values()].sort((a, b) => b.views - a.views || b.lastViewedAt.getTime() - a.lastViewedAt.getTime() || a.productLine.localeCompare(b.productLine));
}

/**
 * A person's web engagement as lead scoring reads it: views of the last 30 days, and the product
 * lines their pages of the last 90 days are about, most viewed first, comma-separated (a rule
 * `productLines contains pumps` matches a person who read about pumps).
 */
export function webEngagementOf(pages: readonly (PageCount & { recent: number })[], rules: readonly CompiledRule[]): { pageViews: number; productLines: string | null } {
  const lines = interestCounts(pages, rules).map((c) => c.productLine);
  return { pageViews: pages.reduce((n, p) => n + p.recent, 0), productLines: lines.length ? lines.join(', ') : null };
}
