import type { AccountRowFragment, AccountTier } from '@rapport/web-data-access';
import { Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { catalogueColumns, dateCell, NONE, optionalColumnsOf, ownerColumn, PicklistText } from '@rapport/web-core';
import { sortableColumn, type ListSort } from '@rapport/web-core';
import { accountTierLabel, ALL_ACCOUNT_TIERS } from '@rapport/web-core';
import { accountPath } from '@rapport/web-core';
import type { AccountSortColumn } from './account-filter';

export const TIER_COLORS: Record<AccountTier, string> = { STRATEGIC: 'gold', KEY: 'blue', STANDARD: 'default', SMALL: 'default' };

/** The account list's default columns; every further field of the account is an optional column. */
const DEFAULT_COLUMNS = ['name', 'industry', 'tier', 'territory', 'owner', 'ownerId', 'createdAt', 'updatedAt'];

export function accountColumns(t: TFunction, sort: ListSort<AccountSortColumn>, tiers: AccountTier[]): TableColumnsType<AccountRowFragment> {
  return [...defaultAccountColumns(t, sort, tiers), ...catalogueColumns<AccountRowFragment>('account', t, DEFAULT_COLUMNS)];
}

/** Keys of the optional columns (hidden until shown in the column chooser). */
export const ACCOUNT_OPTIONAL_COLUMNS = optionalColumnsOf('account', DEFAULT_COLUMNS);

function defaultAccountColumns(t: TFunction, sort: ListSort<AccountSortColumn>, tiers: AccountTier[]): TableColumnsType<AccountRowFragment> {
  const sortable = (column: AccountSortColumn, first: 'ascend' | 'descend') => sortableColumn(sort, column, first);
  return [
    {
      key: 'name',
      title: t('fields.name'),
      ...sortable('name', 'ascend'),
      render: (_: unknown, a) => (
        <Link to={accountPath(a.id)}>
          <Typography.Text strong>{a.name}</Typography.Text>
        </Link>
      ),
    },
    { key: 'industry', title: t('fields.industry'), dataIndex: 'industry', render: (v: string | null) => (v ? <PicklistText list="industry" value={v} /> : NONE) },
    {
      key: 'tier',
      title: t('fields.tier'),
      dataIndex: 'tier',
      filters: ALL_ACCOUNT_TIERS.map((v) => ({ text: accountTierLabel(t, v), value: v })),
      filteredValue: tiers,
      render: (tier: AccountTier | null) => (tier ? <Tag color={TIER_COLORS[tier]}>{accountTierLabel(t, tier)}</Tag> : NONE),
    },
    { key: 'territory', title: t('fields.territory'), dataIndex: 'territory', render: (v: string | null) => (v ? <PicklistText list="territory" value={v} /> : NONE) },
    ownerColumn(t),
    { key: 'createdAt', title: t('common.created'), dataIndex: 'createdAt', ...sortable('createdAt', 'descend'), render: dateCell },
    { key: 'updatedAt', title: t('common.updated'), dataIndex: 'updatedAt', ...sortable('updatedAt', 'descend'), render: dateCell },
  ];
}
