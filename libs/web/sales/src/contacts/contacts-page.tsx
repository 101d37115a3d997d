import { useQuery } from '@apollo/client/react';
import { ContactsDocument, type ContactFilter, type ContactRowFragment } from '@rapport/web-data-access';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { allOf } from '@rapport/web-core';
import { ListPage } from '../lists/list-page';
import { customizableOrderByOf, sortFromTable } from '@rapport/web-core';
import { useListTools } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { pickedValues, useListState } from '@rapport/web-core';
import { contactPath } from '@rapport/web-core';
import { useSessionUser } from '@rapport/web-core';
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
  const me = useSessionUser();
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
    <ListPage<ContactRowFragment, ContactSortColumn>
      prefix="contacts"
      texts={{ title: t('contacts.title'), subtitle: t('contacts.subtitle'), searchPlaceholder: t('contacts.searchPlaceholder'), create: t('contacts.create'), emptyFiltered: t('contacts.emptyFiltered') }}
      object="contact"
      list={list}
      tools={{ tools, refetchQueries: ['Contacts'] }}
      filter={filter}
      create={{ testId: 'contact-create', onClick: () => setCreating(true) }}
      connection={(data ?? previousData)?.contacts}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      cursors={cursors}
      columns={tools.tableColumns}
      rowSelection={tools.rowSelection}
      rowPath={(c) => contactPath(c.id)}
      onChange={(_p, filters, sorter) => {
        setAccountFilter(pickedValues<AccountLinkFilter>(filters, 'account'));
        list.setSort(sortFromTable(sorter, CONTACT_SORT_COLUMNS, DEFAULT_CONTACT_SORT));
      }}
    >
      <ContactFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(contact) => {
        setCreating(false);
          navigate(contactPath(contact.id));
        }}
      />
    </ListPage>
  );
}

export default ContactsPage;
