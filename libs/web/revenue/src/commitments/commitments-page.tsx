import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { CommitmentsDocument, type CommitmentRowFragment } from '@rapport/web-data-access';
import { PageHeader } from '@rapport/web-ui';
import { Button, Card, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { ConnectionTable } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { usePermissions } from '@rapport/web-core';
import { COMMITMENT_STATUSES, commitmentStatusLabel } from '../revenue-labels';
import { REVENUE_NEEDS } from '../revenue-access';
import { useRecordNames } from '../use-record-names';
import { commitmentColumns } from './commitment-columns';
import { CreateCommitmentModal } from './create-commitment-modal';
import { useResolveCommitment } from './use-resolve-commitment';

const PAGE_SIZE = 20;
const ALL = 'all';

/** /sales/commitments: the ledger of promises made to customers, open ones first by due date. */
export function CommitmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('revenue.commitments.title'));
  // Service reads the ledger (it keeps many promises); sales writes it, as the API allows.
  const canWrite = usePermissions().allows(REVENUE_NEEDS.commitmentWrite);
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'open';
  const [creating, setCreating] = useState(false);
  const cursors = useCursorStack(status);
  const { data, previousData, loading, error, refetch } = useQuery(CommitmentsDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, status: status === ALL ? null : status },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.commitments;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const names = useRecordNames({ accountIds: rows.map((c) => c.accountId), opportunityIds: rows.map((c) => c.opportunityId), userIds: rows.map((c) => c.ownerId) });
  const { resolve, busyId } = useResolveCommitment();

  return (
    <>
      <PageHeader
        title={t('revenue.commitments.title')}
        subtitle={t('revenue.commitments.subtitle')}
        extra={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="commitment-create">
              {t('revenue.commitments.create')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        <Flex gap="middle" wrap align="center" style={{ marginBottom: 16 }}>
          <Segmented<string>
            value={status}
            onChange={(s) => setParams(s === 'open' ? {} : { status: s }, { replace: true })}
            aria-label={t('fields.status')}
            data-testid="commitments-status"
            options={[...COMMITMENT_STATUSES.map((s) => ({ value: s, label: commitmentStatusLabel(t, s) })), { value: ALL, label: t('revenue.commitments.all') }]}
          />
        </Flex>
        <ConnectionTable<CommitmentRowFragment>
          testId="commitments-table"
          connection={connection}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          columns={commitmentColumns(t, { names, onResolve: canWrite ? (c, s) => void resolve(c, s) : undefined, busyId })}
          cursors={cursors}
          empty={status === 'open' ? t('revenue.commitments.emptyOpen') : t('revenue.commitments.empty')}
        />
      </Card>
      <CreateCommitmentModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          if (status !== 'open' && status !== ALL) setParams({}, { replace: true });
        }}
      />
    </>
  );
}

export default CommitmentsPage;
