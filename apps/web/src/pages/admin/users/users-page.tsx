import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { UsersDocument, type Role, type UserRowFragment } from '@rapport/web-data-access';
import { PageHeader, useDebouncedValue } from '@rapport/web-ui';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_ROLES, ConnectionTable, ListEmpty, roleLabel, useCursorStack, usePageTitle } from '@rapport/web-core';
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
        <ConnectionTable<UserRowFragment>
          testId="users-table"
          connection={connection}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          columns={userColumns(t, sort, (user) => setEditing({ mode: 'edit', user }))}
          cursors={cursors}
          onChange={(_pagination, _filters, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            if (s && isSortableColumn(s.columnKey) && s.order) {
              setSort({ column: s.columnKey, descending: s.order === 'descend' });
            } else {
              setSort(DEFAULT_USER_SORT);
            }
          }}
          empty={<ListEmpty object="user" filtered={Boolean(filter)} filteredText={t('users.emptyFiltered')} noneText={t('users.empty')} />}
        />
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
