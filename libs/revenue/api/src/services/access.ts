import { Action, Actor, ObjectName, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';

/** Company-wide revenue objects (catalog, tolerances): a role either may or may not. */
export function assertAllowed(actor: Actor, object: ObjectName, action: Action, message?: string): RecordScope {
  const scope = scopeFor(actor, object, action);
  if (scope === RecordScope.None) throw AppError.forbidden(message);
  return scope;
}
