import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { ContactsDocument, type ContactFilter, type ContactRowFragment } from '@rapport/web-data-access';
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
import { contactPath } from '@rapport/web-core';
import { ListEmpty, usePermissions, useSessionUser } from '@rapport/web-core';
import { CONTACT_OPTIONAL_COLUMNS, contactColumns } from './contact-columns';
import { contactFilterFields } from './contact-filter-fields';
import {
  buildContactFilter,
  CONTACT_ORDER_FIELDS,
  CONTACT_SORT_COLUMNS,
  DEFAULT_CONTACT_SORT,
  type AccountLinkFilter,
  type ContactSortColumn,
} from './contact-filter';
import { ContactFormModal } from './contact-form-modal';

const PAGE_SIZE = 20;

export function ContactsPage() {
  const { t } = useTranslation();
  usePageTitle(t('contacts.title'));
  const me = useSessionUser();
  const canCreate = usePermissions().can('contact', 'write');
  const navigate = useNavigate();
  const list = useListState(DEFAULT_CONTACT_SORT);
  const [accountFilter, setAccountFilter] = useState<AccountLinkFilter[]>([]);
  const [creating, setCreating] = useState(false);

  const orderBy = useMemo(() => customizableOrderByOf(list.sort, CONTACT_ORDER_FIELDS), [list.sort]);
  const fields = useMemo(() => contactFilterFields(t), [t]);
  const tools = useListTools<ContactRowFragment, ContactSortColumn>({
    list: 'contacts',
    customObject: 'CONTACT',
    bulkObject: 'CONTACT',
    mergeObject: 'CONTACT',
    fields,
    columns: contactColumns(t, { sort: list.sort, accountFilter }),
    optionalColumns: CONTACT_OPTIONAL_COLUMNS,
    lockedColumns: ['name'],
    sort: list.sort,
    setSort: list.setSort,
    defaultSort: DEFAULT_CONTACT_SORT,
    sortable: CONTACT_SORT_COLUMNS,
    orderBy,
  });
  const filter = useMemo(
    () =>
      allOf<ContactFilter>([
        buildContactFilter({ search: list.search, account: accountFilter, ownerId: list.mine ? me.id : undefined }),
        tools.builderFilter as ContactFilter | undefined,
      ]),
    [list.search, accountFilter, list.mine, me.id, tools.builderFilter],
  );
  const cursors = useCursorStack(JSON.stringify([filter, orderBy]));
  const { data, previousData, loading, error, refetch } = useQuery(ContactsDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });

  return (
    <>
      <PageHeader
        title={t('contacts.title')}
        subtitle={t('contacts.subtitle')}
        extra={
          canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} data-testid="contact-create" onClick={() => setCreating(true)}>
              {t('contacts.create')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        <ListToolsBar tools={tools} filter={filter} />
        <ListFilterPanel tools={tools} />
        <ListToolbar
          prefix="contacts"
          searchText={list.searchText}
          onSearchText={list.setSearchText}
          placeholder={t('contacts.searchPlaceholder')}
          mine={list.mine}
          onMine={list.setMine}
        />
        <ConnectionTable<ContactRowFragment>
          testId="contacts-table"
          connection={(data ?? previousData)?.contacts}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          columns={tools.tableColumns}
          rowSelection={tools.rowSelection}
          above={<ListBulkActions tools={tools} refetchQueries={['Contacts']} />}
          cursors={cursors}
          empty={<ListEmpty object="contact" filtered={!!filter} filteredText={t('contacts.emptyFiltered')} create={{ label: t('contacts.create'), onClick: () => setCreating(true), testId: 'contact-create' }} />}
          rowPath={(c) => contactPath(c.id)}
          onChange={(_p, filters, sorter) => {
            setAccountFilter(pickedValues<AccountLinkFilter>(filters, 'account'));
            list.setSort(sortFromTable(sorter, CONTACT_SORT_COLUMNS, DEFAULT_CONTACT_SORT));
          }}
        />
      </Card>
      <ContactFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(contact) => {
          setCreating(false);
          navigate(contactPath(contact.id));
        }}
      />
    </>
  );
}

export default ContactsPage;
