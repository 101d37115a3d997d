import type { MergeAccountsQuery, MergeContactsQuery, MergeLeadsQuery, MergeableObject } from '@rapport/web-data-access';
import { formatMoney, isLanguage, LANGUAGE_NATIVE_NAMES } from '@rapport/web-ui';
import type { TFunction } from 'i18next';
import { accountTierLabel, channelLabel, leadSourceLabel, leadStatusLabel } from '@rapport/web-core';
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

function simple<R>(field: string & keyof R, label: (t: TFunction) => string): MergeField<R> {
  return { field, label, value: (r) => r[field], text: (r) => plain(r[field] as string | number | null) };
}

const owner = <R extends { owner: { id: string; name: string } | null }>(): MergeField<R> => ({
  field: 'ownerId',
  label: (t) => t('common.owner'),
  value: (r) => r.owner?.id ?? null,
  text: (r) => r.owner?.name,
});

/** The fields the API's merge can take from either record (see MergeService on the server). */
export const ACCOUNT_MERGE_FIELDS: MergeField<MergeAccount>[] = [
  simple('name', (t) => t('fields.name')),
  simple('industry', (t) => t('fields.industry')),
  { field: 'tier', label: (t) => t('fields.tier'), value: (r) => r.tier, text: (r, t) => (r.tier ? accountTierLabel(t, r.tier) : undefined) },
  simple('territory', (t) => t('fields.territory')),
  simple('website', (t) => t('fields.website')),
  simple('phone', (t) => t('fields.phone')),
  { field: 'billingAddress', label: (t) => t('merge.fields.billingAddress'), value: (r) => addressText(r.billingAddress) ?? null, text: (r) => addressText(r.billingAddress) },
  { field: 'shippingAddress', label: (t) => t('merge.fields.shippingAddress'), value: (r) => addressText(r.shippingAddress) ?? null, text: (r) => addressText(r.shippingAddress) },
  {
    field: 'annualRevenue',
    label: (t) => t('accounts.fields.annualRevenue'),
    value: (r) => r.annualRevenue,
    // Account revenue has no currency of its own; the organisation's is CNY (as on the account page).
    text: (r) => formatMoney(r.annualRevenue, 'CNY'),
  },
  simple('employeeCount', (t) => t('accounts.fields.employeeCount')),
  owner<MergeAccount>(),
  { field: 'parentAccountId', label: (t) => t('accounts.fields.parent'), value: (r) => r.parentAccount?.id ?? null, text: (r) => r.parentAccount?.name },
];

export const CONTACT_MERGE_FIELDS: MergeField<MergeContact>[] = [
  simple('firstName', (t) => t('fields.firstName')),
  simple('lastName', (t) => t('fields.lastName')),
  simple('title', (t) => t('fields.title')),
  { field: 'accountId', label: (t) => t('fields.account'), value: (r) => r.account?.id ?? null, text: (r) => r.account?.name },
  {
    field: 'locale',
    label: (t) => t('contacts.fields.locale'),
    value: (r) => r.locale,
    text: (r) => (isLanguage(r.locale) ? LANGUAGE_NATIVE_NAMES[r.locale] : r.locale),
  },
  {
    field: 'preferredChannel',
    label: (t) => t('contacts.fields.preferredChannel'),
    value: (r) => r.preferredChannel,
    text: (r, t) => (r.preferredChannel ? channelLabel(t, r.preferredChannel) : undefined),
  },
  owner<MergeContact>(),
];

export const LEAD_MERGE_FIELDS: MergeField<MergeLead>[] = [
  simple('firstName', (t) => t('fields.firstName')),
  simple('lastName', (t) => t('fields.lastName')),
  simple('company', (t) => t('fields.company')),
  simple('title', (t) => t('fields.title')),
  simple('email', (t) => t('fields.email')),
  simple('phone', (t) => t('fields.phone')),
  { field: 'source', label: (t) => t('fields.source'), value: (r) => r.source, text: (r, t) => leadSourceLabel(t, r.source) },
  { field: 'status', label: (t) => t('fields.status'), value: (r) => r.status, text: (r, t) => leadStatusLabel(t, r.status) },
  simple('campaign', (t) => t('leads.fields.campaign')),
  simple('productInterest', (t) => t('leads.fields.productInterest')),
  simple('country', (t) => t('leads.fields.country')),
  simple('region', (t) => t('leads.fields.region')),
  owner<MergeLead>(),
];

/** How a record is named in the dialog's column headers. */
export function mergeRecordTitle(objectType: MergeableObject, record: MergeRecord): string {
  return objectType === 'ACCOUNT' ? (record as MergeAccount).name : personName(record as MergeContact | MergeLead);
}
