import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, UsersDocument, type Role, type UserRowFragment } from '@rapport/web-data-access';
import { EmptyState, ErrorState, PageHeader, useDebouncedValue } from '@rapport/web-ui';
import { Alert, Button, Card, Flex, Input, Select, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@rapport/web-core';
import { ALL_ROLES, roleLabel } from '@rapport/web-core';
import { CursorPager } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { userColumns } from './user-columns';
import {
  buildUserFilter,
  buildUserOrder,
  DEFAULT_USER_SORT,
  isSortableColumn,
  type UserSort,
} from './user-filter';
import { UserFormModal } from './user-form-modal';

const PAGE_SIZE = 20;

type Editing = { mode: 'create' } | { mode: 'edit'; user: UserRowFragment } | null;

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const [role, setRole] = useState<Role>();
  const [sort, setSort] = useState<UserSort>(DEFAULT_USER_SORT);
  const [editing, setEditing] = useState<Editing>(null);

  const filter = useMemo(() => buildUserFilter({ search, role }), [search, role]);
  const orderBy = useMemo(() => buildUserOrder(sort), [sort]);
  const cursors = useCursorStack(JSON.stringify([filter, orderBy]));

  const { data, previousData, loading, error, refetch } = useQuery(UsersDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  // While the next page loads keep the current rows, dimmed by the table's spinner.
  const connection = (data ?? previousData)?.users;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const filtered = Boolean(filter);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} data-testid="user-create" onClick={() => setEditing({ mode: 'create' })}>
            {t('users.create')}
          </Button>
        }
      />
      <Card>
        <Flex gap="small" wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            placeholder={t('users.searchPlaceholder')}
            aria-label={t('users.searchPlaceholder')}
            style={{ maxWidth: 320 }}
            data-testid="users-search"
          />
          <Select<Role>
            allowClear
            value={role}
            onChange={setRole}
            placeholder={t('users.roleFilter')}
            aria-label={t('users.roleFilter')}
            options={ALL_ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
            style={{ minWidth: 200 }}
            data-testid="users-role-filter"
          />
        </Flex>
        {error && !connection ? (
          <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />
        ) : (
          <div data-testid="users-table">
            {error ? (
              <Alert type="warning" showIcon title={errorMessageOf(error) ?? t('errors.loadFailed')} style={{ marginBottom: 16 }} />
            ) : null}
            <Table<UserRowFragment>
              rowKey="id"
              size="middle"
              loading={loading}
              dataSource={rows}
              columns={userColumns(t, sort, (user) => setEditing({ mode: 'edit', user }))}
              pagination={false}
              scroll={{ x: 'max-content' }}
              onChange={(_pagination, _filters, sorter) => {
                const s = Array.isArray(sorter) ? sorter[0] : sorter;
                if (s && isSortableColumn(s.columnKey) && s.order) {
                  setSort({ column: s.columnKey, descending: s.order === 'descend' });
                } else {
                  setSort(DEFAULT_USER_SORT);
                }
              }}
              locale={{
                emptyText: loading ? ' ' : (
                  <EmptyState
                    compact
                    description={filtered ? t('users.emptyFiltered') : t('users.empty')}
                  />
                ),
              }}
            />
            <CursorPager
              cursors={cursors}
              totalCount={connection?.totalCount}
              hasNextPage={connection?.pageInfo.hasNextPage ?? false}
              endCursor={connection?.pageInfo.endCursor}
              loading={loading}
            />
          </div>
        )}
      </Card>
      <UserFormModal
        open={editing !== null}
        user={editing?.mode === 'edit' ? editing.user : undefined}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void refetch();
        }}
      />
    </>
  );
}

// Default export for the router's lazy route.
export default UsersPage;
