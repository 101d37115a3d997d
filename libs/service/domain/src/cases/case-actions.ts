import { Actor, mayActOn, RecordFacts, RecordScope, scopeFor } from '@rapport/shared-domain';

/**
 * What a viewer may do with one case, from the row and the actor: the rules the case mutations
 * enforce, as a pure function, so the case page shows only the buttons that work.
 */
export interface CaseActions {
  /** updateCase, setCaseStatus, setCasePriority. */
  update: boolean;
  /** replyToCase and logCaseCall: changing the case, while it is not closed. */
  reply: boolean;
  /** addCaseNote: changing the case and writing internal notes. */
  addNote: boolean;
}

export function caseActions(actor: Actor, k: RecordFacts & { closed: boolean }): CaseActions {
  const write = mayActOn(actor, 'case', 'write', k);
  return { update: write, reply: write && !k.closed, addNote: write && scopeFor(actor, 'caseNote', 'write') !== RecordScope.None };
}
