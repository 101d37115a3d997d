import { useQuery } from '@apollo/client/react';
import { AccountsDocument, type AccountFilter, type AccountRowFragment, type AccountTier } from '@rapport/web-data-access';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { allOf } from '@rapport/web-core';
import { ListPage } from '../lists/list-page';
import { customizableOrderByOf, sortFromTable } from '@rapport/web-core';
import { useListTools } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { pickedValues, useListState } from '@rapport/web-core';
import { accountPath } from '@rapport/web-core';
import { useSessionUser } from '@rapport/web-core';
import { ACCOUNT_OPTIONAL_COLUMNS, accountColumns } from './account-columns';
import { ACCOUNT_ORDER_FIELDS, ACCOUNT_SORT_COLUMNS, buildAccountFilter, DEFAULT_ACCOUNT_SORT, type AccountSortColumn } from './account-filter';
import { accountFilterFields } from './account-filter-fields';
import { AccountFormModal } from './account-form-modal';

const PAGE_SIZE = 20;

export function AccountsPage() {
  const { t } = useTranslation();
  const me = useSessionUser();
  const navigate = useNavigate();
  const list = useListState(DEFAULT_ACCOUNT_SORT);
  const [tiers, setTiers] = useState<AccountTier[]>([]);
  const [creating, setCreating] = useState(false);

  const orderBy = useMemo(() => customizableOrderByOf(list.sort, ACCOUNT_ORDER_FIELDS), [list.sort]);
  const fields = useMemo(() => accountFilterFields(t), [t]);
  const tools = useListTools<AccountRowFragment, AccountSortColumn>({
    list: 'accounts',
    customObject: 'ACCOUNT',
    bulkObject: 'ACCOUNT',
    mergeObject: 'ACCOUNT',
    fields,
    columns: accountColumns(t, list.sort, tiers),
    optionalColumns: ACCOUNT_OPTIONAL_COLUMNS,
    lockedColumns: ['name'],
    sort: list.sort,
    setSort: list.setSort,
    defaultSort: DEFAULT_ACCOUNT_SORT,
    sortable: ACCOUNT_SORT_COLUMNS,
    orderBy,
  });
  const filter = useMemo(
    () => allOf<AccountFilter>([buildAccountFilter({ search: list.search, tiers, ownerId: list.mine ? me.id : undefined }), tools.builderFilter as AccountFilter | undefined]),
    [list.search, tiers, list.mine, me.id, tools.builderFilter],
  );
  const cursors = useCursorStack(JSON.stringify([filter, orderBy]));
  const { data, previousData, loading, error, refetch } = useQuery(AccountsDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });

  return (
    <ListPage<AccountRowFragment, AccountSortColumn>
      prefix="accounts"
      texts={{ title: t('accounts.title'), subtitle: t('accounts.subtitle'), searchPlaceholder: t('accounts.searchPlaceholder'), create: t('accounts.create'), emptyFiltered: t('accounts.emptyFiltered') }}
      object="account"
      list={list}
      tools={{ tools, refetchQueries: ['Accounts'] }}
      filter={filter}
      create={{ testId: 'account-create', onClick: () => setCreating(true) }}
      connection={(data ?? previousData)?.accounts}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      cursors={cursors}
      columns={tools.tableColumns}
      rowSelection={tools.rowSelection}
      rowPath={(a) => accountPath(a.id)}
      onChange={(_p, filters, sorter) => {
        setTiers(pickedValues<AccountTier>(filters, 'tier'));
        list.setSort(sortFromTable(sorter, ACCOUNT_SORT_COLUMNS, DEFAULT_ACCOUNT_SORT));
      }}
    >
      <AccountFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(account) => {
        setCreating(false);
          navigate(accountPath(account.id));
        }}
      />
    </ListPage>
  );
}

export default AccountsPage;
