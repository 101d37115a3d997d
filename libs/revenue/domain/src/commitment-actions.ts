import { Actor, mayActOn, RecordFacts } from '@rapport/shared-domain';

/**
 * What a viewer may do with one promise in the ledger. The ledger is read far more widely than it
 * is written (service reads every customer's promises; a share may let someone read one), so the
 * resolve buttons follow the row, not the role's grant. resolveCommitment refuses exactly what is
 * false here (apps/api/src/viewer-can.int-spec.ts holds them to it).
 */
export interface CommitmentActions {
  /** resolveCommitment: mark it kept or broken, or open it again. */
  resolve: boolean;
}

export function commitmentActions(actor: Actor, commitment: RecordFacts): CommitmentActions {
  return { resolve: mayActOn(actor, 'commitment', 'write', commitment) };
}
