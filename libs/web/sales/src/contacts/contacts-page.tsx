import { ContactsDocument, type ContactRowFragment } from '@rapport/web-data-access';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contactPath } from '@rapport/web-core';
import { ListPage } from '../lists/list-page';
import { useRecordList } from '../lists/use-record-list';
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

export function ContactsPage() {
  const { t } = useTranslation();
  const fields = useMemo(() => contactFilterFields(t), [t]);
  const page = useRecordList({
    list: 'contacts',
    customObject: 'CONTACT',
    bulkObject: 'CONTACT',
    mergeObject: 'CONTACT',
    fields,
    columnFilters: ['account'],
    columns: (sort, picked) => contactColumns(t, { sort, accountFilter: picked.account as AccountLinkFilter[] }),
    optionalColumns: CONTACT_OPTIONAL_COLUMNS,
    defaultSort: DEFAULT_CONTACT_SORT,
    sortable: CONTACT_SORT_COLUMNS,
    orderFields: CONTACT_ORDER_FIELDS,
    filter: ({ search, ownerId, picked }) => buildContactFilter({ search, ownerId, account: picked.account as AccountLinkFilter[] }),
    query: ContactsDocument,
    segments: true,
    connection: (data) => data.contacts,
  });

  return (
    <ListPage<ContactRowFragment, ContactSortColumn>
      {...page}
      prefix="contacts"
      texts={{ title: t('contacts.title'), subtitle: t('contacts.subtitle'), searchPlaceholder: t('contacts.searchPlaceholder'), create: t('contacts.create'), emptyFiltered: t('contacts.emptyFiltered') }}
      object="contact"
      create={{ testId: 'contact-create', modal: ContactFormModal, path: contactPath }}
      rowPath={(c) => contactPath(c.id)}
    />
  );
}

export default ContactsPage;
