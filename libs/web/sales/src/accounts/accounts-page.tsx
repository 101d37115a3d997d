import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { AccountsDocument, type AccountFilter, type AccountRowFragment, type AccountTier } from '@rapport/web-data-access';
import { PageHeader } from '@rapport/web-ui';
import { Button, Card } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { ConnectionTable } from '@rapport/web-core';
import { allOf } from '@rapport/web-core';
import { ListBulkActions, ListFilterPanel, ListToolsBar } from '../lists/list-tools';
import { ListToolbar } from '@rapport/web-core';
import { customizableOrderByOf, sortFromTable } from '@rapport/web-core';
import { useListTools } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { pickedValues, useListState } from '@rapport/web-core';
import { accountPath } from '@rapport/web-core';
import { ListEmpty, usePermissions, useSessionUser } from '@rapport/web-core';
import { ACCOUNT_OPTIONAL_COLUMNS, accountColumns } from './account-columns';
import { ACCOUNT_ORDER_FIELDS, ACCOUNT_SORT_COLUMNS, buildAccountFilter, DEFAULT_ACCOUNT_SORT, type AccountSortColumn } from './account-filter';
import { accountFilterFields } from './account-filter-fields';
import { AccountFormModal } from './account-form-modal';

const PAGE_SIZE = 20;

export function AccountsPage() {
  const { t } = useTranslation();
  usePageTitle(t('accounts.title'));
  const me = useSessionUser();
  const canCreate = usePermissions().can('account', 'write');
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
    <>
      <PageHeader
        title={t('accounts.title')}
        subtitle={t('accounts.subtitle')}
        extra={
          canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} data-testid="account-create" onClick={() => setCreating(true)}>
              {t('accounts.create')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        <ListToolsBar tools={tools} filter={filter} />
        <ListFilterPanel tools={tools} />
        <ListToolbar
          prefix="accounts"
          searchText={list.searchText}
          onSearchText={list.setSearchText}
          placeholder={t('accounts.searchPlaceholder')}
          mine={list.mine}
          onMine={list.setMine}
        />
        <ConnectionTable<AccountRowFragment>
          testId="accounts-table"
          connection={(data ?? previousData)?.accounts}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          columns={tools.tableColumns}
          rowSelection={tools.rowSelection}
          above={<ListBulkActions tools={tools} refetchQueries={['Accounts']} />}
          cursors={cursors}
          empty={<ListEmpty object="account" filtered={!!filter} filteredText={t('accounts.emptyFiltered')} create={{ label: t('accounts.create'), onClick: () => setCreating(true), testId: 'account-create' }} />}
          rowPath={(a) => accountPath(a.id)}
          onChange={(_p, filters, sorter) => {
            setTiers(pickedValues<AccountTier>(filters, 'tier'));
            list.setSort(sortFromTable(sorter, ACCOUNT_SORT_COLUMNS, DEFAULT_ACCOUNT_SORT));
          }}
        />
      </Card>
      <AccountFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(account) => {
          setCreating(false);
          navigate(accountPath(account.id));
        }}
      />
    </>
  );
}

export default AccountsPage;
