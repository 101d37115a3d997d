import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { CommitmentsDocument, type CommitmentRowFragment } from '@rapport/web-data-access';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConnectionTable } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { ListEmpty, useCan, usePermissions } from '@rapport/web-core';
import { REVENUE_NEEDS } from '../revenue-access';
import { useRecordNames } from '../use-record-names';
import { commitmentColumns } from './commitment-columns';
import { CreateCommitmentModal } from './create-commitment-modal';
import { useResolveCommitment } from './use-resolve-commitment';

const PAGE_SIZE = 10;

export interface AccountCommitmentsPanelProps {
  account: { id: string; name: string };
}

/**
 * The open promises to one customer — for a manager, the whole team's, so nobody is surprised by
 * what a colleague promised. Made for the account page (pages/sales/accounts/account-page.tsx).
 */
export function AccountCommitmentsPanel(props: AccountCommitmentsPanelProps) {
  // A role without the ledger gets no panel rather than an empty one that is not true.
  return useCan('commitment', 'read') ? <CommitmentsOfAccount {...props} /> : null;
}

function CommitmentsOfAccount({ account }: AccountCommitmentsPanelProps) {
  const { t } = useTranslation();
  const canWrite = usePermissions().allows(REVENUE_NEEDS.commitmentWrite);
  const [creating, setCreating] = useState(false);
  const cursors = useCursorStack(account.id);
  const { data, previousData, loading, error, refetch } = useQuery(CommitmentsDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, accountId: account.id, status: 'open' },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.commitments;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const names = useRecordNames({ opportunityIds: rows.map((c) => c.opportunityId), userIds: rows.map((c) => c.ownerId) });
  const { resolve, busyId } = useResolveCommitment();
  return (
    <Card
      size="small"
      title={<Link to="/sales/commitments">{t('revenue.commitments.openPromises')}</Link>}
      extra={
        canWrite ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="account-commitment-create">
            {t('revenue.commitments.create')}
          </Button>
        ) : undefined
      }
      data-testid="account-commitments"
    >
      <ConnectionTable<CommitmentRowFragment>
        testId="account-commitments-table"
        size="small"
        compactPager
        connection={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        columns={commitmentColumns(t, { names, showAccount: false, onResolve: canWrite ? (c, s) => void resolve(c, s) : undefined, busyId })}
        cursors={cursors}
        empty={<ListEmpty object="commitment" filteredText={null} noneText={t('revenue.commitments.emptyAccount')} />}
      />
      <CreateCommitmentModal open={creating} account={account} onClose={() => setCreating(false)} onCreated={() => setCreating(false)} />
    </Card>
  );
}
