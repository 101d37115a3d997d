import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor, localizedName } from '@rapport/shared-domain';
import { appendTimeline, listPage, writeAudit } from '@rapport/shared-database';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { OpportunityEntity, SalesRepository } from '@rapport/sales-data';
import { canMoveQuote, EDITABLE_QUOTE_STATUSES } from '@rapport/revenue-domain';
import { QUOTE_FIELDS, QUOTE_ORDER, QuoteApprovalEntity, QuoteEntity, QuoteLineEntity, QuoteRepository, RevenueRepository } from '@rapport/revenue-data';
import { CreateQuoteInput, UpdateQuoteInput } from '../models/quote.model';
import { CatalogService } from './catalog.service';
import { priceLines } from './quote-pricing';
import { pdfLocaleOf, type PdfLocale, type QuotePdfData } from './quote-pdf';
import { assertAllowed } from './access';

// The statuses `viewerCan.update` offers editing in (revenue-domain quote-actions).
const EDITABLE: readonly string[] = EDITABLE_QUOTE_STATUSES;

const today = () => new Date().toISOString().slice(0, 10);

/** Quotes on opportunities: versions, lines priced only by the catalog, accept (locks, sets the deal amount) and admin unlock. */
@Injectable()
export class QuotesService {
  constructor(
    private readonly repo: RevenueRepository,
    private readonly quoteRepo: QuoteRepository,
    private readonly sales: SalesRepository,
    private readonly catalog: CatalogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(actor: Actor, args: { first?: number | null; after?: string | null; opportunityId?: string | null; accountId?: string | null; status?: string | null }) {
    const qb = this.repo.quotes(actor, 'read').andWhere('q.deleted_at IS NULL');
    if (args.opportunityId) qb.andWhere('q.opportunity_id = :o', { o: args.opportunityId });
    if (args.accountId) qb.andWhere('q.account_id = :a', { a: args.accountId });
    if (args.status) qb.andWhere('q.status = :s', { s: args.status });
    return listPage(qb, 'q', QUOTE_FIELDS, { first: args.first, after: args.after }, QUOTE_ORDER, { field: 'createdAt', direction: 'DESC' }, this.config.pageSizeMax);
  }

  findVisible(actor: Actor, id: string) {
    return this.repo.quotes(actor, 'read').andWhere('q.id = :id AND q.deleted_at IS NULL', { id }).getOne();
  }

  lines(quoteIds: readonly string[]) {
    return this.quoteRepo.linesOf(quoteIds);
  }

  /**
   * What the PDF shows, for a quote the actor may read, in `language` (else the quote's own): a
   * document for the customer, so product names are in its language, not the reader's.
   */
  async pdfData(actor: Actor, id: string, language?: PdfLocale): Promise<{ language: PdfLocale; pdf: Omit<QuotePdfData, 'company'> }> {
    const q = await this.findVisible(actor, id);
    if (!q) throw AppError.notFound('The quote');
    const locale = language ?? pdfLocaleOf(q.language);
    const lines = await this.lines([q.id]);
    // The customer's name through the reader's scope like any other read: a reader who may see the
    // quote but not its account gets a PDF without the name rather than a look at the account.
    const account = await this.sales.accounts(actor, 'read').select(['a.id', 'a.name']).andWhere('a.id = :id', { id: q.accountId }).getOne();
    const owner = await this.quoteRepo.ownerContact(q.ownerId);
    return {
      language: locale,
      pdf: {
        quote: { name: q.name, version: q.version, currency: q.currency, pricedOn: q.pricedOn, validUntil: q.validUntil, discountPercent: Number(q.discountPercent), subtotal: Number(q.subtotal), total: Number(q.total), notes: q.notes, status: q.status },
        account: { name: account?.name ?? '' },
        owner: { name: owner?.name ?? '', email: owner?.email ?? '' },
        lines: lines.map((l) => ({ lineNo: l.lineNo, sku: l.sku, productName: localizedName(l.productName, l.productNames, locale), quantity: l.quantity, unitPrice: Number(l.unitPrice), discountPercent: Number(l.discountPercent), netAmount: Number(l.netAmount) })),
      },
    };
  }

  approvals(quoteId: string) {
    return this.repo.ds.getRepository(QuoteApprovalEntity).find({ where: { quoteId }, order: { requestedAt: 'DESC' } });
  }

  async create(actor: Actor, input: CreateQuoteInput): Promise<QuoteEntity> {
    return this.repo.ds.transaction(async (m) => {
      // Quoting is working the deal: it needs write access to the opportunity.
      const opp = await this.sales.opportunities(actor, 'write', m).andWhere('o.id = :id', { id: input.opportunityId }).setLock('pessimistic_write').getOne();
      if (!opp) throw AppError.validation([{ path: 'input.opportunityId', message: 'No such opportunity, or you may not quote on it' }]);
      assertAllowed(actor, 'quote', 'write');
      const account = await this.quoteRepo.pricingAccount(opp.accountId, m);
      const next = await this.quoteRepo.nextVersion(opp.id, m);
      const priced = await priceLines(m, this.catalog, input.lines, input.discountPercent, { accountId: account.id, accountTier: account.tier, currency: opp.currency, on: today() });
      const quote = m.create(QuoteEntity, {
        opportunityId: opp.id,
        accountId: opp.accountId,
        name: input.name?.trim() || `${opp.name} v${next}`,
        version: next,
        status: 'draft',
        currency: opp.currency,
        pricedOn: today(),
        validUntil: input.validUntil ?? null,
        discountPercent: input.discountPercent.toFixed(2),
        subtotal: priced.subtotal,
        total: priced.total,
        language: input.language,
        notes: input.notes ?? null,
        ownerId: actor.userId,
        teamId: actor.teamId,
        createdBy: actor.userId,
      });
      await m.save(quote);
      await m.save(priced.lines.map((l) => m.create(QuoteLineEntity, { ...l, quoteId: quote.id })));
      await writeAudit(m, actor, { entityType: 'quote', entityId: quote.id, action: 'create', changes: [{ field: 'total', from: null, to: quote.total }] });
      await this.timeline(m, actor, quote, 'quote.created');
      return quote;
    });
  }

  async update(actor: Actor, input: UpdateQuoteInput): Promise<QuoteEntity> {
    return this.repo.ds.transaction(async (m) => {
      const quote = await this.lockForWrite(m, actor, input.id);
      if (!EDITABLE.includes(quote.status)) {
        throw new AppError(
          ErrorCode.Conflict,
          quote.status === 'accepted' ? 'An accepted quote is locked; an admin must unlock it first.' : `A quote that is ${quote.status.replace('_', ' ')} can't be edited; withdraw it to draft first.`,
        );
      }
      const before = { ...quote };
      const discount = input.discountPercent ?? Number(quote.discountPercent);
      if (input.lines || input.discountPercent !== undefined) {
        const account = await this.quoteRepo.pricingAccount(quote.accountId, m);
        const lines = input.lines ?? (await m.find(QuoteLineEntity, { where: { quoteId: quote.id }, order: { lineNo: 'ASC' } })).map((l) => ({ productId: l.productId, quantity: l.quantity, discountPercent: Number(l.discountPercent) }));
        const priced = await priceLines(m, this.catalog, lines, discount, { accountId: account.id, accountTier: account.tier, currency: quote.currency, on: today() });
        await m.delete(QuoteLineEntity, { quoteId: quote.id });
        await m.save(priced.lines.map((l) => m.create(QuoteLineEntity, { ...l, quoteId: quote.id })));
        Object.assign(quote, { subtotal: priced.subtotal, total: priced.total, discountPercent: discount.toFixed(2), pricedOn: today() });
      }
      if (input.name !== undefined) quote.name = input.name.trim() || quote.name;
      if (input.validUntil !== undefined) quote.validUntil = input.validUntil;
      if (input.language !== undefined) quote.language = input.language;
      if (input.notes !== undefined) quote.notes = input.notes;
      quote.status = 'draft';
      await m.save(quote);
      await writeAudit(m, actor, { entityType: 'quote', entityId: quote.id, action: 'update', changes: [{ field: 'total', from: before.total, to: quote.total }, { field: 'discountPercent', from: before.discountPercent, to: quote.discountPercent }] });
      return quote;
    });
  }

  /** The customer said yes: lock the quote, make its total the deal's amount, retire the other versions. */
  async accept(actor: Actor, id: string): Promise<QuoteEntity> {
    return this.repo.ds.transaction(async (m) => {
      const quote = await this.lockForWrite(m, actor, id);
      if (!canMoveQuote(quote.status, 'accepted')) throw new AppError(ErrorCode.Conflict, quote.status === 'pending_approval' ? 'The quote is waiting for a manager’s approval.' : 'Submit the quote (and get it approved if needed) before accepting it.');
      quote.status = 'accepted';
      quote.acceptedAt = new Date();
      await m.save(quote);
      // Accepting sets the deal's amount, so it needs the right to change the deal, not just the quote.
      const deal = await this.sales.opportunities(actor, 'write', m).andWhere('o.id = :id', { id: quote.opportunityId }).setLock('pessimistic_write').getOne();
      if (!deal) throw AppError.forbidden('Accepting this quote sets the deal’s amount, and you may not change that deal.');
      const before = { amount: deal.amount };
      await m.update(OpportunityEntity, { id: deal.id }, { amount: quote.total, currency: quote.currency } as never);
      await this.quoteRepo.supersedeOtherVersions(quote, m);
      await writeAudit(m, actor, { entityType: 'quote', entityId: quote.id, action: 'accept', changes: [{ field: 'status', from: 'approved', to: 'accepted' }] });
      await writeAudit(m, actor, { entityType: 'opportunity', entityId: quote.opportunityId, action: 'update', changes: [{ field: 'amount', from: before?.amount ?? null, to: quote.total }] });
      await this.timeline(m, actor, quote, 'quote.accepted');
      return quote;
    });
  }

  async unlock(actor: Actor, id: string, reason: string): Promise<QuoteEntity> {
    assertAllowed(actor, 'quoteUnlock', 'write', 'Only an admin can unlock an accepted quote.');
    if (!reason.trim()) throw AppError.validation([{ path: 'input.reason', message: 'Say why the quote is unlocked' }]);
    return this.repo.ds.transaction(async (m) => {
      const quote = await this.lockForWrite(m, actor, id);
      if (quote.status !== 'accepted' || !canMoveQuote(quote.status, 'approved')) throw new AppError(ErrorCode.Conflict, 'Only an accepted quote is locked.');
      quote.status = 'approved';
      quote.acceptedAt = null;
      await m.save(quote);
      await writeAudit(m, actor, { entityType: 'quote', entityId: quote.id, action: 'unlock', changes: [{ field: 'status', from: 'accepted', to: 'approved' }, { field: 'reason', from: null, to: reason.trim() }] });
      await this.timeline(m, actor, quote, 'quote.unlocked');
      return quote;
    });
  }

  async lockForWrite(m: EntityManager, actor: Actor, id: string): Promise<QuoteEntity> {
    const quote = await this.repo.quotes(actor, 'write', m).andWhere('q.id = :id AND q.deleted_at IS NULL', { id }).setLock('pessimistic_write').getOne();
    if (!quote) throw AppError.notFound('The quote');
    return quote;
  }

  async timeline(m: EntityManager, actor: Actor, q: QuoteEntity, eventType: string, extra: Record<string, unknown> = {}) {
    const payload = { quoteId: q.id, name: q.name, version: q.version, total: q.total, currency: q.currency, status: q.status, ...extra };
    await appendTimeline(m, actor, { subjectType: 'account', subjectId: q.accountId, eventType, payload });
    await appendTimeline(m, actor, { subjectType: 'opportunity', subjectId: q.opportunityId, eventType, payload });
  }
}
