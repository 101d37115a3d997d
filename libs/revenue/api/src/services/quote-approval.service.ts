import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Role } from '@rapport/shared-domain';
import { notify, writeAudit } from '@rapport/shared-database';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { combinedDiscount, quoteDecisionRefusal, ToleranceBreach, toleranceBreaches } from '@rapport/revenue-domain';
import { CatalogRepository, QuoteApprovalEntity, QuoteEntity, QuoteLineEntity, QuoteRepository } from '@rapport/revenue-data';
import { DecideQuoteInput, SubmitQuoteInput } from '../models/quote.model';
import { PriceConflictsService } from './price-conflicts.service';
import { QuotesService } from './quotes.service';
import { assertAllowed } from './access';

/**
 * Submitting a quote checks every line's effective discount against the owner's tolerance (per role
 * and product line). Within tolerance the quote is approved at once; beyond it a manager must
 * approve with the reason code on record. Requests and decisions notify the people involved.
 */
@Injectable()
export class QuoteApprovalService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly quotes: QuotesService,
    private readonly conflicts: PriceConflictsService,
    private readonly quoteRepo: QuoteRepository,
    private readonly catalogRepo: CatalogRepository,
  ) {}

  async submit(actor: Actor, input: SubmitQuoteInput): Promise<{ quote: QuoteEntity; needsApproval: boolean; breaches: ToleranceBreach[] }> {
    const result = await this.ds.transaction(async (m: EntityManager) => {
      const quote = await this.quotes.lockForWrite(m, actor, input.id);
      if (quote.status !== 'draft' && quote.status !== 'rejected') throw new AppError(ErrorCode.Conflict, `A quote that is ${quote.status.replace('_', ' ')} can't be submitted again.`);
      const breaches = await this.breaches(m, quote);
      if (breaches.length === 0) {
        quote.status = 'approved';
        await m.save(quote);
        await writeAudit(m, actor, { entityType: 'quote', entityId: quote.id, action: 'submit', changes: [{ field: 'status', from: 'draft', to: 'approved' }] });
        await this.quotes.timeline(m, actor, quote, 'quote.approved', { automatic: true });
        return { quote, needsApproval: false, breaches };
      }
      if (!input.reasonCode) {
        throw AppError.validation([{ path: 'input.reasonCode', message: 'A discount above your tolerance needs a reason for the approver' }], 'This quote needs a manager’s approval.');
      }
      const approverId = await this.approverFor(m, quote.ownerId!);
      const approval = m.create(QuoteApprovalEntity, { quoteId: quote.id, requestedBy: actor.userId, approverId, reasonCode: input.reasonCode, note: input.note ?? null, breaches });
      await m.save(approval);
      quote.status = 'pending_approval';
      await m.save(quote);
      await writeAudit(m, actor, { entityType: 'quote', entityId: quote.id, action: 'request_approval', changes: [{ field: 'status', from: 'draft', to: 'pending_approval' }, { field: 'reasonCode', from: null, to: input.reasonCode }] });
      await this.quotes.timeline(m, actor, quote, 'quote.approval_requested', { reasonCode: input.reasonCode });
      if (approverId) {
        const maxDiscountPercent = Math.max(...breaches.map((b) => b.discountPercent));
        await notify(m, {
          userId: approverId,
          kind: 'quote.approval_requested',
          title: `Approval needed: ${quote.name} (${quote.total} ${quote.currency}), discount up to ${maxDiscountPercent} %`,
          body: input.note ?? null,
          // The values the bell and the email word the notice with, in the reader's language and money format.
          payload: { quoteId: quote.id, name: quote.name, total: Number(quote.total), currency: quote.currency, maxDiscountPercent, reasonCode: input.reasonCode, breaches, path: `/sales/quotes/${quote.id}` },
          dedupKey: `quote-approval:${approval.id}`,
          email: true,
        });
      }
      return { quote, needsApproval: true, breaches };
    });
    await this.conflicts.check(result.quote.id);
    return result;
  }

  async decide(actor: Actor, input: DecideQuoteInput): Promise<QuoteEntity> {
    assertAllowed(actor, 'quoteApproval', 'write', 'Only a manager can approve or reject a quote.');
    const quote = await this.ds.transaction(async (m: EntityManager) => {
      const q = await this.quotes.lockForWrite(m, actor, input.id);
      if (quoteDecisionRefusal(actor, q, null) === 'not_yours') throw AppError.forbidden('You approve only the quotes of the teams you manage.');
      if (q.status !== 'pending_approval') throw new AppError(ErrorCode.Conflict, 'This quote is not waiting for approval.');
      const approval = await m.findOne(QuoteApprovalEntity, { where: { quoteId: q.id, status: 'pending' }, order: { requestedAt: 'DESC' } });
      if (!approval) throw new AppError(ErrorCode.Conflict, 'This quote is not waiting for approval.');
      // Only an approver who reaches every quote (an administrator) may approve a discount they asked for.
      if (quoteDecisionRefusal(actor, q, approval.requestedBy) === 'own_request') throw AppError.forbidden('You can’t approve your own discount.');
      if (!input.approve && !input.note?.trim()) throw AppError.validation([{ path: 'input.note', message: 'Say why the quote is rejected' }]);
      Object.assign(approval, { status: input.approve ? 'approved' : 'rejected', decidedBy: actor.userId, decidedAt: new Date(), decisionNote: input.note ?? null });
      await m.save(approval);
      q.status = input.approve ? 'approved' : 'rejected';
      await m.save(q);
      await writeAudit(m, actor, { entityType: 'quote', entityId: q.id, action: input.approve ? 'approve' : 'reject', changes: [{ field: 'status', from: 'pending_approval', to: q.status }] });
      await this.quotes.timeline(m, actor, q, input.approve ? 'quote.approved' : 'quote.rejected', { note: input.note ?? null });
      await notify(m, {
        userId: approval.requestedBy,
        kind: input.approve ? 'quote.approved' : 'quote.rejected',
        title: input.approve ? `Approved: ${q.name}` : `Rejected: ${q.name}`,
        body: input.note ?? null,
        payload: { quoteId: q.id, name: q.name, path: `/sales/quotes/${q.id}` },
        dedupKey: `quote-decision:${approval.id}`,
        email: true,
      });
      return q;
    });
    await this.conflicts.check(quote.id);
    return quote;
  }

  private async breaches(m: EntityManager, quote: QuoteEntity): Promise<ToleranceBreach[]> {
    const ownerRole = await this.quoteRepo.ownerRole(quote.ownerId, m);
    const rules = await this.catalogRepo.toleranceRules(m);
    const lines = await m.find(QuoteLineEntity, { where: { quoteId: quote.id }, order: { lineNo: 'ASC' } });
    return toleranceBreaches(
      rules,
      ownerRole ?? Role.SalesRep,
      lines.map((l) => ({ lineNo: l.lineNo, productLine: l.productLine, effectiveDiscountPercent: combinedDiscount(Number(l.discountPercent), Number(quote.discountPercent)) })),
    );
  }

  /** The owner's team manager, else the manager up the team tree, else an admin. */
  private async approverFor(m: EntityManager, ownerId: string): Promise<string | null> {
    return (await this.quoteRepo.nearestManagerOf(ownerId, m)) ?? this.quoteRepo.firstAdminOtherThan(ownerId, m);
  }
}
