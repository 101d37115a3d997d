import { Action, Actor, ObjectName, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';

/** Intake set-up objects are company-wide (no owner): a role either may or may not. */
export function assertAllowed(actor: Actor, object: Extract<ObjectName, 'leadSetup' | 'leadImport'>, action: Action): RecordScope {
  const scope = scopeFor(actor, object, action);
  if (scope === RecordScope.None) throw AppError.forbidden();
  return scope;
}
