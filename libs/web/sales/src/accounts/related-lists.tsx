import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import {
  ContactsDocument,
  OpportunitiesDocument,
  type ContactRowFragment,
  type OpportunityRowFragment,
} from '@rapport/web-data-access';
import { Button, Card } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConnectionTable } from '@rapport/web-core';
import { customizableOrderByOf } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { contactPath, opportunityPath } from '@rapport/web-core';
import { ListEmpty, useCan } from '@rapport/web-core';
import { contactColumns } from '../contacts/contact-columns';
import { CONTACT_ORDER_FIELDS, DEFAULT_CONTACT_SORT } from '../contacts/contact-filter';
import { ContactFormModal } from '../contacts/contact-form-modal';
import { opportunityColumns } from '../opportunities/opportunity-columns';
import { DEFAULT_OPPORTUNITY_SORT, OPPORTUNITY_ORDER_FIELDS } from '../opportunities/opportunity-filter';
import { OpportunityFormModal } from '../opportunities/opportunity-form-modal';

const PAGE_SIZE = 10;

interface AccountRef {
  id: string;
  name: string;
}

export function AccountContacts({ account }: { account: AccountRef }) {
  const { t } = useTranslation();
  const canCreate = useCan('contact', 'write');
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const filter = useMemo(() => ({ accountId: { eq: account.id } }), [account.id]);
  const orderBy = useMemo(() => customizableOrderByOf(DEFAULT_CONTACT_SORT, CONTACT_ORDER_FIELDS), []);
  const cursors = useCursorStack(account.id);
  const { data, previousData, loading, error, refetch } = useQuery(ContactsDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  return (
    <Card
      size="small"
      title={t('contacts.title')}
      extra={
        canCreate ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="account-contact-create">
            {t('contacts.create')}
          </Button>
        ) : null
      }
    >
      <ConnectionTable<ContactRowFragment>
        testId="related-contacts"
        size="small"
        compactPager
        connection={(data ?? previousData)?.contacts}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        columns={contactColumns(t, { showAccount: false })}
        cursors={cursors}
        empty={<ListEmpty object="contact" filteredText={null} noneText={t('contacts.emptyRelated')} />}
        rowPath={(c) => contactPath(c.id)}
      />
      <ContactFormModal
        open={creating}
        account={account}
        onClose={() => setCreating(false)}
        onCreated={(c) => {
          setCreating(false);
          navigate(contactPath(c.id));
        }}
      />
    </Card>
  );
}

export function AccountOpportunities({ account }: { account: AccountRef }) {
  const { t } = useTranslation();
  const canCreate = useCan('opportunity', 'write');
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const filter = useMemo(() => ({ accountId: { eq: account.id } }), [account.id]);
  const orderBy = useMemo(() => customizableOrderByOf(DEFAULT_OPPORTUNITY_SORT, OPPORTUNITY_ORDER_FIELDS), []);
  const cursors = useCursorStack(account.id);
  const { data, previousData, loading, error, refetch } = useQuery(OpportunitiesDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  return (
    <Card
      size="small"
      title={t('opportunities.title')}
      extra={
        canCreate ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="account-opportunity-create">
            {t('opportunities.create')}
          </Button>
        ) : null
      }
    >
      <ConnectionTable<OpportunityRowFragment>
        testId="related-opportunities"
        size="small"
        compactPager
        connection={(data ?? previousData)?.opportunities}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        columns={opportunityColumns(t, { showAccount: false })}
        cursors={cursors}
        empty={<ListEmpty object="opportunity" filteredText={null} noneText={t('opportunities.emptyRelated')} />}
        rowPath={(o) => opportunityPath(o.id)}
      />
      <OpportunityFormModal
        open={creating}
        account={account}
        onClose={() => setCreating(false)}
        onCreated={(o) => {
          setCreating(false);
          navigate(opportunityPath(o.id));
        }}
      />
    </Card>
  );
}
