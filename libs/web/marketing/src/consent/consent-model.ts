import type { ConsentStateFieldsFragment, SubscriptionTypeFieldsFragment, SuppressionFieldsFragment } from '@rapport/web-data-access';
import type { ConsentStatus } from './consent-labels';

/**
 * What the consent panel shows, as pure functions (tested in consent-model.test.ts). Answers are
 * kept per normalised address (docs/adr/0015): the panel groups them under each of the person's
 * addresses, as the API's `normalizeEmailAddress` spells them (trimmed, lower-case).
 */
export const normalizeAddress = (address: string): string => address.trim().toLowerCase();

/** The person's addresses, normalised, without repeats or blanks, in the record's order (primary first). */
export function personAddresses(emails: readonly (string | null | undefined)[]): string[] {
  return [...new Set(emails.filter((e): e is string => !!e?.trim()).map(normalizeAddress))];
}

type TypeInfo = Pick<SubscriptionTypeFieldsFragment, 'id' | 'name' | 'doubleOptIn' | 'requiresOptIn' | 'active'>;

export interface TypeLine {
  type: TypeInfo;
  /** Null: the address never answered for this type. */
  status: ConsentStatus | null;
  since: string | null;
}

export interface AddressConsent {
  address: string;
  /** The answer to marketing as a whole (an opt-out stops every type). */
  global: { status: ConsentStatus; since: string } | null;
  types: TypeLine[];
  suppression: SuppressionFieldsFragment | null;
}

/**
 * One entry per address: its global answer, every type still offered (answered or not) and the
 * ones no longer offered that it answered, in the API's order (by name), and its suppression.
 */
export function addressConsents(
  addresses: readonly string[],
  consents: readonly ConsentStateFieldsFragment[],
  suppressions: readonly SuppressionFieldsFragment[],
  types: readonly TypeInfo[],
): AddressConsent[] {
  return addresses.map((address) => {
    const own = consents.filter((c) => normalizeAddress(c.address) === address);
    const global = own.find((c) => !c.subscriptionType);
    const byType = new Map(own.filter((c) => c.subscriptionType).map((c) => [c.subscriptionType!.id, c]));
    const lines = types
      .filter((type) => type.active || byType.has(type.id))
      .map((type) => {
        const answer = byType.get(type.id);
        return { type, status: answer?.status ?? null, since: answer?.updatedAt ?? null };
      });
    return {
      address,
      global: global ? { status: global.status, since: global.updatedAt } : null,
      types: lines,
      suppression: suppressions.find((s) => normalizeAddress(s.address) === address) ?? null,
    };
  });
}

/** What no answer means for a type: no mail where an opt-in is required, else mail until an opt-out. */
export type NoAnswerMeaning = 'notMailed' | 'mailedUntilOptOut';
export const noAnswerMeaning = (type: Pick<TypeInfo, 'requiresOptIn'>): NoAnswerMeaning => (type.requiresOptIn ? 'notMailed' : 'mailedUntilOptOut');

/** The most a suppression list addition may carry (the API's limit per call). */
export const MAX_SUPPRESSIONS_PER_CALL = 10_000;

/**
 * Entries typed or pasted into the "Add addresses" box: one per line or separated by commas or
 * semicolons; blanks dropped and repeats sent once. What is not an address is left for the API to
 * name (it answers `invalid`), so the person sees exactly which entries were left out.
 */
export function splitEntries(text: string): string[] {
  return [...new Set(text.split(/[\n\r,;\t]+/).map((e) => e.trim()).filter(Boolean))];
}

// Anything shaped like name@domain between separators, quotes or angle brackets.
const ADDRESS_LIKE = /[^\s,;"'<>()[\]]+@[^\s,;"'<>()[\]]+/g;

/**
 * The addresses in a .csv or .txt file's text, whatever its columns (a header, names, companies):
 * every token shaped like an address, once each (case aside), in the file's order.
 */
export function addressesInText(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const match of text.match(ADDRESS_LIKE) ?? []) {
    const key = normalizeAddress(match);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(match);
  }
  return out;
}
