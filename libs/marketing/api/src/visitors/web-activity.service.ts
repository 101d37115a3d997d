import { Inject, Injectable } from '@nestjs/common';
import { PicklistsService } from '@rapport/shared-auth';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { isIsoDateTime, isUuid } from '@rapport/shared-util';
import { Actor, localizedName, NameLocale } from '@rapport/shared-domain';
import { AppError, msg } from '@rapport/shared-errors';
import { PageViewRepository, VisitorRepository, type KnownVisitorRow, type PersonRef } from '@rapport/marketing-data';
import { compileRules, interestCounts, productLinesOf, type CompiledRule } from '@rapport/marketing-domain';
import type { KnownVisitor, PageView, WebActivity, WebInterest, WebVisitor } from './visitors.models';

/**
 * Keyset cursors: the row's own time and id, each checked against its SQL type when it comes back,
 * so a forged cursor is a 400 and never a database error (the values only move the page start).
 */
const encodeCursor = (kind: 'v' | 'k', at: Date, id: string) => Buffer.from(JSON.stringify([kind, new Date(at).toISOString(), id]), 'utf8').toString('base64url');
function decodeCursor(kind: 'v' | 'k', cursor: string): { at: string; id: string } {
  let parsed: unknown;
  try {
    parsed = cursor.length <= 200 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  } catch {
    parsed = null;
  }
  const [k, at, id] = Array.isArray(parsed) && parsed.length === 3 ? parsed : [];
  const idOk = kind === 'v' ? typeof id === 'string' && /^[1-9]\d{0,17}$/.test(id) : isUuid(id);
  if (k !== kind || !isIsoDateTime(at) || !idOk) throw badCursor();
  return { at: at as string, id: id as string };
}
const DEFAULT_PAGE = 20;
/** Distinct pages read to count interests: far more than any person views, so the counts are whole. */
const INTEREST_PAGES = 5000;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

const visitorOf = (r: KnownVisitorRow): WebVisitor => ({ id: r.id, firstSeenAt: r.firstSeen, lastSeenAt: r.lastSeen, identifiedAt: r.identifiedAt, identifiedBy: r.identifiedBy, contactId: r.contactId, leadId: r.leadId });
const badCursor = () => AppError.validation([{ path: 'after', message: msg('validation.invalidCursor').message, messageKey: 'validation.invalidCursor' }]);

/**
 * What people did on the website, as sales reads it (issue 16 item 6). Callers pass people the
 * reader may see (the resolvers check the person through the sales scope first); the known-visitor
 * list applies that scope in its SQL. Interests are matched when read (interest-pattern.ts).
 */
@Injectable()
export class WebActivityService {
  constructor(
    private readonly visitors: VisitorRepository,
    private readonly pageViews: PageViewRepository,
    private readonly picklists: PicklistsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Null when the person has never been identified as a visitor. */
  async activity(person: PersonRef): Promise<WebActivity | null> {
    const rows = await this.visitors.visitorsOf(person);
    if (!rows.length) return null;
    return { person, visitors: rows.map(visitorOf), lastSeenAt: rows[0]!.lastSeen };
  }

  async pageViewPage(person: PersonRef, args: { first?: number | null; after?: string | null }) {
    const first = this.pageSize(args.first);
    const cursor = args.after ? decodeCursor('v', args.after) : null;
    const after = cursor ? { viewedAt: cursor.at, id: cursor.id } : null;
    const [rows, rules] = await Promise.all([this.pageViews.page(person, first, after), this.compiledRules()]);
    const page = rows.slice(0, first);
    const edges = page.map((r) => ({
      cursor: encodeCursor('v', r.viewedAt, r.id),
      node: { ...r, productLines: productLinesOf(r.page, rules) } satisfies PageView,
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: !!after, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: this.pageViews.countSince(person, new Date(0)),
    };
  }

  async interests(person: PersonRef, locale: NameLocale | null): Promise<WebInterest[]> {
    const [pages, rules, lists] = await Promise.all([this.pageViews.pageCounts(person, null, INTEREST_PAGES), this.compiledRules(), this.picklists.entries(['productLine'])]);
    const entries = lists.get('productLine') ?? [];
    return interestCounts(pages, rules).map((c) => {
      const entry = entries.find((e) => e.value === c.productLine);
      return { ...c, label: entry ? localizedName(entry.value, entry.names, locale) : c.productLine };
    });
  }

  /** The pages viewed in the last `days` days, most viewed first: “pricing, 3 times this week”. */
  recentPages(person: PersonRef, days: number, limit: number) {
    return this.pageViews.pageCounts(person, new Date(Date.now() - days * 24 * 60 * 60 * 1000), limit);
  }

  viewsThisWeek(person: PersonRef): Promise<number> {
    return this.pageViews.countSince(person, new Date(Date.now() - WEEK_MS));
  }

  /** Identified visitors seen since the start of today in `timeZone`, whose person the actor may read; newest first. */
  async knownToday(actor: Actor, args: { timeZone?: string | null; first?: number | null; after?: string | null }) {
    const first = this.pageSize(args.first);
    const since = startOfDay(new Date(), args.timeZone ?? 'UTC');
    const cursor = args.after ? decodeCursor('k', args.after) : null;
    const after = cursor ? { lastSeen: cursor.at, id: cursor.id } : null;
    const rows = await this.visitors.known(actor, since, first, after);
    const page = rows.slice(0, first);
    const latest = page.length ? await this.pageViews.latestOf(page.map((r) => r.id), since) : [];
    const byVisitor = new Map(latest.map((l) => [l.visitorId, l]));
    const edges = page.map((r) => {
      const l = byVisitor.get(r.id);
      const node: KnownVisitor = { visitor: visitorOf(r), viewsToday: l?.views ?? 0, lastUrl: l?.url ?? null, lastTitle: l?.title ?? null };
      return { cursor: encodeCursor('k', r.lastSeen, r.id), node };
    });
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: !!after, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: edges.length + (rows.length > first ? 1 : 0),
    };
  }

  private pageSize(first: number | null | undefined): number {
    const n = first ?? DEFAULT_PAGE;
    if (!Number.isInteger(n) || n < 1 || n > this.config.pageSizeMax) throw AppError.validation([{ path: 'first', message: `must be between 0 and ${this.config.pageSizeMax}` }]);
    return n;
  }

  private async compiledRules(): Promise<CompiledRule[]> {
    return compileRules(await this.visitors.rules());
  }
}

/** Midnight of today in `timeZone` (an IANA name; a bad one is a 400), as an instant. */
export function startOfDay(now: Date, timeZone: string): Date {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  } catch {
    throw AppError.validation([{ path: 'timeZone', message: 'Choose a time zone such as Asia/Shanghai.' }]);
  }
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  // The wall clock there, read as if it were UTC, minus now: the zone's offset at this instant.
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const offset = wall - Math.floor(now.getTime() / 1000) * 1000;
  return new Date(Date.UTC(get('year'), get('month') - 1, get('day')) - offset);
}
