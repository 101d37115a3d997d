import type { MergeAccountsQuery, MergeContactsQuery, MergeLeadsQuery, MergeableObject } from '@rapport/web-data-access';
import { formatMoney, isLanguage, LANGUAGE_NATIVE_NAMES } from '@rapport/web-ui';
import type { TFunction } from 'i18next';
import { enumLabelKey, ownFieldsFirst, recordFields, type RecordTypeName } from '@rapport/web-core';
import { personName } from '@rapport/web-core';

export type MergeAccount = MergeAccountsQuery['accounts']['edges'][number]['node'];
export type MergeContact = MergeContactsQuery['contacts']['edges'][number]['node'];
export type MergeLead = MergeLeadsQuery['leads']['edges'][number]['node'];
export type MergeRecord = MergeAccount | MergeContact | MergeLead;

/**
 * A field the person chooses between. `field` is the API's name in `fieldChoices`; `value`
 * compares the two records; `text` shows a value in the current language.
 */
export interface MergeField<R> {
  field: string;
  label: (t: TFunction) => string;
  value: (record: R) => unknown;
  text: (record: R, t: TFunction) => string | undefined;
}

type Address = MergeAccount['billingAddress'];
const addressText = (a: Address) => (a ? [a.street, a.postalCode, a.city, a.region, a.country].filter(Boolean).join(', ') || undefined : undefined);
const plain = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? undefined : String(v));

const owner = <R extends { owner: { id: string; name: string } | null }>(): MergeField<R> => ({
  field: 'ownerId',
  label: (t) => t('common.owner'),
  value: (r) => r.owner?.id ?? null,
  text: (r) => r.owner?.name,
});

/**
 * A record type's mergeable fields from the catalogue (the list MergeService accepts), in definition
 * order: plain values compare and show as they are, enums by label, money as money, addresses as
 * one line; `special` gives references (shown by the record they name) what only the query has.
 */
function catalogueMergeFields<R>(type: RecordTypeName, special: Record<string, MergeField<R>>): MergeField<R>[] {
  return ownFieldsFirst(recordFields(type).filter((f) => f.mergeable))
    .flatMap((f): MergeField<R>[] => {
      if (special[f.name]) return [special[f.name]!];
      if (f.type === 'reference') return [];
      const label = (t: TFunction) => (f.label ? t(f.label) : f.title);
      const raw = (r: R) => (r as Record<string, unknown>)[f.name];
      if (f.type === 'address') return [{ field: f.name, label, value: (r) => addressText(raw(r) as Address) ?? null, text: (r) => addressText(raw(r) as Address) }];
      if (f.type === 'enum') return [{ field: f.name, label, value: raw, text: (r, t) => (raw(r) ? t(enumLabelKey(f.enumName ?? '', String(raw(r)))) : undefined) }];
      // Account revenue has no currency of its own; the organisation's is CNY (as on the account page).
      if (f.type === 'money') return [{ field: f.name, label, value: raw, text: (r) => formatMoney(raw(r) as number | null, 'CNY') }];
      return [{ field: f.name, label, value: raw, text: (r) => plain(raw(r) as string | number | null) }];
    });
}

/** The fields the API's merge can take from either record (see MergeService on the server). */
export const ACCOUNT_MERGE_FIELDS: MergeField<MergeAccount>[] = catalogueMergeFields<MergeAccount>('account', {
  ownerId: owner<MergeAccount>(),
  parentAccountId: { field: 'parentAccountId', label: (t) => t('accounts.fields.parent'), value: (r) => r.parentAccount?.id ?? null, text: (r) => r.parentAccount?.name },
});

export const CONTACT_MERGE_FIELDS: MergeField<MergeContact>[] = catalogueMergeFields<MergeContact>('contact', {
  accountId: { field: 'accountId', label: (t) => t('fields.account'), value: (r) => r.account?.id ?? null, text: (r) => r.account?.name },
  locale: {
    field: 'locale',
    label: (t) => t('contacts.fields.locale'),
    value: (r) => r.locale,
    text: (r) => (isLanguage(r.locale) ? LANGUAGE_NATIVE_NAMES[r.locale] : r.locale),
  },
  ownerId: owner<MergeContact>(),
});

export const LEAD_MERGE_FIELDS: MergeField<MergeLead>[] = catalogueMergeFields<MergeLead>('lead', { ownerId: owner<MergeLead>() });

/** How a record is named in the dialog's column headers. */
export function mergeRecordTitle(objectType: MergeableObject, record: MergeRecord): string {
  return objectType === 'ACCOUNT' ? (record as MergeAccount).name : personName(record as MergeContact | MergeLead);
}
