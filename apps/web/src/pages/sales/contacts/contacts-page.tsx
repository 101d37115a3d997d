import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { ContactsDocument, type ContactRowFragment } from '@rapport/web-data-access';
import { PageHeader } from '@rapport/web-ui';
import { Button, Card } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../../layout/use-page-title';
import { ConnectionTable } from '../../../lists/connection-table';
import { ListToolbar } from '../../../lists/list-toolbar';
import { orderByOf, sortFromTable } from '../../../lists/table-sort';
import { useCursorStack } from '../../../lists/use-cursor-stack';
import { pickedValues, useListState } from '../../../lists/use-list-state';
import { contactPath } from '../../../navigation/record-paths';
import { useSessionUser } from '../../../session/session-context';
import { contactColumns } from './contact-columns';
import {
  buildContactFilter,
  CONTACT_ORDER_FIELDS,
  CONTACT_SORT_COLUMNS,
  DEFAULT_CONTACT_SORT,
  type AccountLinkFilter,
} from './contact-filter';
import { ContactFormModal } from './contact-form-modal';

const PAGE_SIZE = 20;

export function ContactsPage() {
  const { t } = useTranslation();
  usePageTitle(t('contacts.title'));
  const me = useSessionUser();
  const navigate = useNavigate();
  const list = useListState(DEFAULT_CONTACT_SORT);
  const [accountFilter, setAccountFilter] = useState<AccountLinkFilter[]>([]);
  const [creating, setCreating] = useState(false);

  const filter = useMemo(
    () => buildContactFilter({ search: list.search, account: accountFilter, ownerId: list.mine ? me.id : undefined }),
    [list.search, accountFilter, list.mine, me.id],
  );
  const orderBy = useMemo(() => orderByOf(list.sort, CONTACT_ORDER_FIELDS), [list.sort]);
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
          <Button type="primary" icon={<PlusOutlined />} data-testid="contact-create" onClick={() => setCreating(true)}>
            {t('contacts.create')}
          </Button>
        }
      />
      <Card>
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
          columns={contactColumns(t, { sort: list.sort, accountFilter })}
          cursors={cursors}
          empty={filter ? t('contacts.emptyFiltered') : t('contacts.empty')}
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
