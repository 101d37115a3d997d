import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { listPage, type Page } from '@rapport/shared-database';
import { type Actor, localizedName, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { PortalRepository, type CaseEntity } from '@rapport/service-data';
import type { PortalCase, PortalMe, PortalMessage, PortalProduct } from '../models/portal.model';
import { PreferenceLinks } from '@rapport/shared-api';
import { CaseClocksService } from './case-clocks.service';

const RESPONSES = new Set(['firstResponse', 'nextResponse']);
/** A picker, not a catalogue: more than this many products is more than a customer scrolls through. */
const PORTAL_PRODUCTS_MAX = 200;

/**
 * The customer portal's cases (issue 19 item 4): the cases a portal user may see by the
 * `portalCase` scope (their contact's; their account's as its service admin), as the customer sees
 * them: status in their language, the response the SLA promises, the thread without notes.
 */
@Injectable()
export class PortalCasesService {
  constructor(
    private readonly repo: PortalRepository,
    private readonly clocks: CaseClocksService,
    private readonly preferenceLinks: PreferenceLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, args: { first?: number | null; after?: string | null }, language: string | null, now = new Date()): Promise<Page<PortalCase>> {
    if (scopeFor(actor, 'portalCase', 'read') === RecordScope.None) throw AppError.forbidden();
    const page = await listPage(
      this.repo.cases(actor, 'read'),
      'k',
      {},
      { first: args.first, after: args.after },
      { createdAt: { column: 'k.created_at', cast: 'timestamptz' } },
      { field: 'createdAt', direction: 'DESC' },
      this.config.pageSizeMax,
    );
    const views = await this.views(actor, page.edges.map((e) => e.node), language, now);
    return Object.defineProperty({ ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: views[i]! })) }, 'totalCount', { get: () => page.totalCount }) as Page<PortalCase>;
  }

  async byId(actor: Actor, id: string, language: string | null, now = new Date()): Promise<PortalCase | null> {
    if (scopeFor(actor, 'portalCase', 'read') === RecordScope.None) throw AppError.forbidden();
    const k = await this.repo.cases(actor, 'read').andWhere('k.id = :id', { id }).getOne();
    return k ? (await this.views(actor, [k], language, now))[0]! : null;
  }

  /** Who the signed-in customer is, with the link to their email preferences. */
  async me(actor: Actor): Promise<PortalMe> {
    if (!actor.customer) throw AppError.forbidden();
    const c = await this.repo.contactCard(actor.customer.contactId);
    if (!c) throw AppError.forbidden();
    return {
      contactId: actor.customer.contactId,
      name: [c.first_name, c.last_name].filter(Boolean).join(' '),
      email: c.email,
      accountName: c.account_name,
      accountAdmin: actor.customer.accountAdmin,
      preferencesUrl: c.email ? this.preferenceLinks.urlFor(c.email) : null,
    };
  }

  /** The products the customer may say a new case is about, named in their language. */
  async products(actor: Actor, language: string | null, now = new Date()): Promise<PortalProduct[]> {
    if (!actor.customer || scopeFor(actor, 'portalCase', 'write') === RecordScope.None) throw AppError.forbidden();
    const rows = await this.repo.offeredProducts(now, actor.customer.accountId, PORTAL_PRODUCTS_MAX);
    return rows.map((p) => ({ id: p.id, name: localizedName(p.name, p.names, language) }));
  }

  /** The thread of cases already read through the scope (the resolver's parent). */
  async messages(caseIds: readonly string[]): Promise<Map<string, PortalMessage[]>> {
    const out = new Map<string, PortalMessage[]>(caseIds.map((id) => [id, []]));
    for (const m of await this.repo.messages(caseIds)) {
      out.get(m.case_id)?.push({ id: m.id, fromCustomer: m.direction === 'inbound', channel: m.channel === 'note' ? null : m.channel, body: m.body, authorName: m.author_name, createdAt: m.created_at });
    }
    return out;
  }

  private async views(actor: Actor, cases: CaseEntity[], language: string | null, now: Date): Promise<PortalCase[]> {
    if (cases.length === 0) return [];
    const [statuses, clocks] = await Promise.all([this.repo.statuses(), this.clocks.clocksOf(cases.map((k) => k.id), now)]);
    const byKey = new Map(statuses.map((s) => [s.key, s]));
    return cases.map((k) => {
      const status = byKey.get(k.status as string);
      const due = (clocks.get(k.id) ?? []).filter((c) => RESPONSES.has(c.kind) && c.state === 'running' && c.dueAt).map((c) => c.dueAt as Date);
      return {
        id: k.id,
        number: k.number as string,
        subject: k.subject as string,
        description: (k.description as string | null) ?? '',
        statusName: status ? localizedName(status.key, status.names, language) : (k.status as string),
        statusCategory: status?.category ?? 'open',
        priority: k.priority as string,
        channel: k.channel as string,
        createdAt: k.createdAt,
        responseDueAt: due.length ? new Date(Math.min(...due.map((d) => d.getTime()))) : null,
        firstResponseAt: (k.firstResponseAt as Date | null) ?? null,
        resolvedAt: (k.resolvedAt as Date | null) ?? null,
        closedAt: (k.closedAt as Date | null) ?? null,
        openedByColleague: actor.customer !== undefined && k.contactId !== actor.customer.contactId,
      };
    });
  }
}
