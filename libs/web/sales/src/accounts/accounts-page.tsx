import { AccountsDocument, type AccountRowFragment, type AccountTier } from '@rapport/web-data-access';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { accountPath, picklistOptions, usePicklists } from '@rapport/web-core';
import { ListPage } from '../lists/list-page';
import { useRecordList } from '../lists/use-record-list';
import { ACCOUNT_OPTIONAL_COLUMNS, accountColumns } from './account-columns';
import { ACCOUNT_ORDER_FIELDS, ACCOUNT_SORT_COLUMNS, buildAccountFilter, DEFAULT_ACCOUNT_SORT, type AccountSortColumn } from './account-filter';
import { accountFilterFields } from './account-filter-fields';
import { AccountFormModal } from './account-form-modal';

export function AccountsPage() {
  const { t } = useTranslation();
  const { values, label } = usePicklists();
  const fields = useMemo(() => accountFilterFields(t, picklistOptions('account', values, label)), [t, values, label]);
  // Values whose label holds the search text, so a reader finds accounts by the industry name they see.
  const labelled = (search: string) => {
    const q = search.trim().toLowerCase();
    const matching = (list: string) => (q ? values(list).filter((v) => label(list, v.value).toLowerCase().includes(q)).map((v) => v.value) : []);
    return { industry: matching('industry'), territory: matching('territory') };
  };
  const page = useRecordList({
    list: 'accounts',
    customObject: 'ACCOUNT',
    bulkObject: 'ACCOUNT',
    mergeObject: 'ACCOUNT',
    fields,
    columnFilters: ['tier'],
    columns: (sort, picked) => accountColumns(t, sort, picked.tier as AccountTier[]),
    optionalColumns: ACCOUNT_OPTIONAL_COLUMNS,
    defaultSort: DEFAULT_ACCOUNT_SORT,
    sortable: ACCOUNT_SORT_COLUMNS,
    orderFields: ACCOUNT_ORDER_FIELDS,
    filter: ({ search, ownerId, picked }) => buildAccountFilter({ search, ownerId, tiers: picked.tier as AccountTier[], labelled: labelled(search) }),
    query: AccountsDocument,
    segments: true,
    connection: (data) => data.accounts,
  });

  return (
    <ListPage<AccountRowFragment, AccountSortColumn>
      {...page}
      prefix="accounts"
      texts={{ title: t('accounts.title'), subtitle: t('accounts.subtitle'), searchPlaceholder: t('accounts.searchPlaceholder'), create: t('accounts.create'), emptyFiltered: t('accounts.emptyFiltered') }}
      object="account"
      create={{ testId: 'account-create', modal: AccountFormModal, path: accountPath }}
      rowPath={(a) => accountPath(a.id)}
    />
  );
}

export default AccountsPage;
