import { Actor, canAccessRecord, mayActOn, RecordFacts, RecordScope, scopeFor } from '@rapport/shared-domain';
import { canMoveQuote, QuoteStatus } from './approval';

/** Statuses in which a quote's lines and discount can still change (and it can be submitted). */
export const EDITABLE_QUOTE_STATUSES: readonly QuoteStatus[] = ['draft', 'rejected'];

export interface QuoteFacts extends RecordFacts {
  status: QuoteStatus;
  /** Who asked for the pending approval, when the quote is waiting for one. */
  approvalRequestedBy?: string | null;
  /** The deal it quotes, when it can be accepted (accepting sets the deal's amount); null when not visible. */
  deal?: RecordFacts | null;
}

/**
 * Why this actor may not approve or reject this quote, or null when they may: a manager decides
 * for the quotes their approval scope reaches, and never on a discount they asked for themselves
 * unless that scope is everyone's (an administrator). Used by decideQuote and by `viewerCan`.
 */
export function quoteDecisionRefusal(actor: Actor, quote: RecordFacts, requestedBy: string | null | undefined): 'not_approver' | 'not_yours' | 'own_request' | null {
  const scope = scopeFor(actor, 'quoteApproval', 'write');
  if (scope === RecordScope.None) return 'not_approver';
  if (!canAccessRecord(actor, 'quoteApproval', 'write', quote)) return 'not_yours';
  if (requestedBy === actor.userId && scope !== RecordScope.All) return 'own_request';
  return null;
}

export interface QuoteActions {
  /** updateQuote (lines, discount, notes) and submitQuote: a quote one may change, in draft or rejected. */
  update: boolean;
  submit: boolean;
  /** acceptQuote on an approved quote whose deal one may change too (it sets the deal's amount). */
  accept: boolean;
  /** decideQuote on a quote waiting for approval. */
  decide: boolean;
  /** unlockQuote on an accepted quote: administrators. */
  unlock: boolean;
}

export function quoteActions(actor: Actor, quote: QuoteFacts): QuoteActions {
  const write = mayActOn(actor, 'quote', 'write', quote);
  const editable = write && EDITABLE_QUOTE_STATUSES.includes(quote.status);
  return {
    update: editable,
    submit: editable,
    accept: write && canMoveQuote(quote.status, 'accepted') && !!quote.deal && mayActOn(actor, 'opportunity', 'write', quote.deal),
    decide: write && quote.status === 'pending_approval' && quoteDecisionRefusal(actor, quote, quote.approvalRequestedBy) === null,
    unlock: write && quote.status === 'accepted' && scopeFor(actor, 'quoteUnlock', 'write') !== RecordScope.None,
  };
}

/** Whether `quoteActions` needs the deal's facts: only an approved quote one may change can be accepted. */
export function quoteNeedsDeal(actor: Actor, quote: QuoteFacts): boolean {
  return canMoveQuote(quote.status, 'accepted') && mayActOn(actor, 'quote', 'write', quote);
}
