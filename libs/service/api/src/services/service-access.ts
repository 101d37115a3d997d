import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';

/** Service set-up (calendars, SLA policies) is the permission table's `serviceSetup` row: whoever reads may look, whoever writes may change. */
export function assertServiceSetup(actor: Actor, action: 'read' | 'write'): void {
  if (scopeFor(actor, 'serviceSetup', action) === RecordScope.None) throw AppError.forbidden();
}
