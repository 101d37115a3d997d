/**
 * Entitlements (issue 18 item 5): an account's service contracts. Each runs from a start date to an
 * optional end date (inclusive, the account's local dates), may cover only some products, may count
 * visits or hours, and selects a service SLA policy.
 */
export interface EntitlementTerms {
  id: string;
  startsOn: string;
  endsOn: string | null;
  /** Empty: every product. */
  productIds: readonly string[];
  visitsTotal: number | null;
  visitsUsed: number;
  hoursTotal: number | null;
  hoursUsed: number;
  policyId: string;
}

/** Whether a contract is in force on a date: started, not ended, and not used up where it counts. */
export function inForce(e: EntitlementTerms, on: string): boolean {
  if (on < e.startsOn || (e.endsOn !== null && on > e.endsOn)) return false;
  if (e.visitsTotal !== null && e.visitsUsed >= e.visitsTotal) return false;
  if (e.hoursTotal !== null && e.hoursUsed >= e.hoursTotal) return false;
  return true;
}

/**
 * The contract a case is served under: among those in force on the date, one that names the case's
 * product before one that covers every product, then the one that started last (a renewal replaces
 * the contract it follows), then by id so the choice is stable. Null: no contract applies.
 */
export function entitlementFor<E extends EntitlementTerms>(contracts: readonly E[], on: string, productId: string | null): E | null {
  const covering = contracts.filter((e) => inForce(e, on) && (e.productIds.length === 0 || (productId !== null && e.productIds.includes(productId))));
  const specific = (e: E) => (productId !== null && e.productIds.includes(productId) ? 1 : 0);
  covering.sort((a, b) => specific(b) - specific(a) || b.startsOn.localeCompare(a.startsOn) || a.id.localeCompare(b.id));
  return covering[0] ?? null;
}

/** The problems of a contract's terms, by path: dates in order, counts not negative and not used beyond the total. */
export function entitlementProblems(e: Omit<EntitlementTerms, 'id' | 'policyId'>): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (e.endsOn !== null && e.endsOn < e.startsOn) problems.push({ path: 'endsOn', message: 'must not be before the start' });
  for (const [total, used, key] of [
    [e.visitsTotal, e.visitsUsed, 'visits'],
    [e.hoursTotal, e.hoursUsed, 'hours'],
  ] as const) {
    if (total !== null && total < 0) problems.push({ path: `${key}Total`, message: 'must not be negative' });
    if (used < 0) problems.push({ path: `${key}Used`, message: 'must not be negative' });
    else if (total !== null && total >= 0 && used > total) problems.push({ path: `${key}Used`, message: 'must not be more than the total' });
  }
  return problems;
}
