import { Actor, mayActOn, RecordFacts, RecordScope, scopeFor } from '@rapport/shared-domain';
import { LeadStatus } from './enums';

/**
 * What a viewer may do with one sales record, decided from the row (owner, team, status) and the
 * actor: the rules each mutation enforces, as pure functions, so a list can tell every row's
 * buttons without a query per row. Every action here is refused by its mutation exactly when it
 * is false (apps/api/src/viewer-can.int-spec.ts holds them to it).
 */
export interface RecordActions {
  /** updateX, and inline edits of custom fields. */
  update: boolean;
  /** shareRecord / unshareRecord: whoever may change a record may share it. */
  share: boolean;
  /** mergeRecords with this record as survivor or merged (every record in a merge must allow it). */
  merge: boolean;
}

export interface LeadActions extends RecordActions {
  /** convertLead: a lead one may change that is not converted yet. */
  convert: boolean;
}

export interface OpportunityActions extends Omit<RecordActions, 'merge'> {
  /** moveOpportunityStage, and dragging the card on the kanban. */
  moveStage: boolean;
  /** createQuote on this deal: changing the deal and writing quotes. */
  createQuote: boolean;
}

/** An activity has one mutation, updateActivity; the SPA asks for the two ways it offers it. */
export interface ActivityActions {
  /** updateActivity of its subject, notes, dates or links: edit and reschedule. */
  update: boolean;
  /** updateActivity of `done` alone: tick it off, or open it again. */
  complete: boolean;
}

export function recordActions(actor: Actor, object: 'account' | 'contact', record: RecordFacts): RecordActions {
  const write = mayActOn(actor, object, 'write', record);
  return { update: write, share: write, merge: write };
}

export function leadActions(actor: Actor, lead: RecordFacts & { status: string }): LeadActions {
  const write = mayActOn(actor, 'lead', 'write', lead);
  return { update: write, share: write, merge: write, convert: write && lead.status !== LeadStatus.Converted };
}

export function opportunityActions(actor: Actor, opportunity: RecordFacts): OpportunityActions {
  const write = mayActOn(actor, 'opportunity', 'write', opportunity);
  return { update: write, share: write, moveStage: write, createQuote: write && scopeFor(actor, 'quote', 'write') !== RecordScope.None };
}

export function activityActions(actor: Actor, activity: RecordFacts): ActivityActions {
  const write = mayActOn(actor, 'activity', 'write', activity);
  return { update: write, complete: write };
}
