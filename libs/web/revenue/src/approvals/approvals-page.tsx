import { useMutation, useQuery } from '@apollo/client/react';
import { DecideQuoteDocument, DiscountTolerancesDocument, errorCodeOf, errorMessageOf, PendingQuoteApprovalsDocument, type QuoteDetailFragment } from '@rapport/web-data-access';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Alert, App, Card, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@rapport/web-core';
import { usePermissions, useSessionUser } from '@rapport/web-core';
import { ReasonModal } from '../quotes/quote-modals';
import { evictLists } from '../shared/evict';
import { useRecordNames } from '../use-record-names';
import { ApprovalCard } from './approval-card';

// Managers rarely have more than a page of pending discounts; beyond it the list says so. Each
// quote brings its lines and approvals, so 50 keeps the query under the API's complexity limit.
const PAGE_SIZE = 50;

type Scope = 'mine' | 'all';
type Deciding = { quote: QuoteDetailFragment; approve: boolean } | null;

/** /sales/quotes/approvals: the manager's inbox of discounts beyond tolerance. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  usePageTitle(t('revenue.approvals.title'));
  const { message } = App.useApp();
  const me = useSessionUser();
  // Approvers over every quote (admins) are the last resort and usually want the whole queue.
  const approvesAll = usePermissions().scope('quoteApproval', 'write') === 'ALL';
  const [scope, setScope] = useState<Scope>(approvesAll ? 'all' : 'mine');
  const [deciding, setDeciding] = useState<Deciding>(null);
  const [decideError, setDecideError] = useState<string>();
  const { data, loading, error, refetch } = useQuery(PendingQuoteApprovalsDocument, { variables: { first: PAGE_SIZE } });
  const tolerances = useQuery(DiscountTolerancesDocument);
  const [decideQuote, decision] = useMutation(DecideQuoteDocument, { update: evictLists('quotes', 'quotePriceConflicts') });
  const pending = data?.quotes.edges.map((e) => e.node) ?? [];
  const waitingForMe = (q: QuoteDetailFragment) => q.approvals.some((a) => a.status === 'pending' && a.approverId === me.id);
  const shown = scope === 'mine' ? pending.filter(waitingForMe) : pending;
  const names = useRecordNames({
    opportunityIds: shown.map((q) => q.opportunityId),
    accountIds: shown.map((q) => q.accountId),
    userIds: shown.flatMap((q) => [q.ownerId, ...q.approvals.map((a) => a.requestedBy)]),
  });

  const decide = async (text: string) => {
    if (!deciding) return;
    setDecideError(undefined);
    try {
      await decideQuote({ variables: { input: { id: deciding.quote.id, approve: deciding.approve, note: text || undefined } } });
      void message.success(deciding.approve ? t('revenue.approvals.approved', { name: deciding.quote.name }) : t('revenue.approvals.rejected', { name: deciding.quote.name }));
      setDeciding(null);
    } catch (e) {
      setDecideError(errorCodeOf(e) ? (errorMessageOf(e) ?? t('errors.generic')) : t('errors.network'));
    }
  };

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!data && error) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (shown.length === 0)
    body = (
      <Card data-testid="approvals-empty">
        <EmptyState description={scope === 'mine' && pending.length ? t('revenue.approvals.emptyMineOthers', { count: pending.length }) : t('revenue.approvals.empty')} />
      </Card>
    );
  else
    body = (
      <Flex vertical gap={16} data-testid="approvals-list">
        {data && data.quotes.totalCount > pending.length ? <Alert type="info" showIcon title={t('revenue.approvals.truncated', { shown: pending.length, total: data.quotes.totalCount })} /> : null}
        {shown.map((q) => (
          <ApprovalCard
            key={q.id}
            quote={q}
            names={names}
            rules={tolerances.data?.discountTolerances}
            canDecide={q.viewerCan.decide}
            onApprove={() => setDeciding({ quote: q, approve: true })}
            onReject={() => setDeciding({ quote: q, approve: false })}
          />
        ))}
      </Flex>
    );

  return (
    <>
      <PageHeader
        title={t('revenue.approvals.title')}
        subtitle={t('revenue.approvals.subtitle')}
        extra={
          <Segmented<Scope>
            value={scope}
            onChange={setScope}
            aria-label={t('a11y.approvalsScope')}
            data-testid="approvals-scope"
            options={[
              { value: 'mine', label: t('revenue.approvals.waitingForMe') },
              { value: 'all', label: t('revenue.approvals.allPending', { count: pending.length }) },
            ]}
          />
        }
      />
      {body}
      <ReasonModal
        open={deciding !== null}
        title={deciding?.approve ? t('revenue.approvals.approveTitle', { name: deciding.quote.name }) : t('revenue.approvals.rejectTitle', { name: deciding?.quote.name ?? '' })}
        label={deciding?.approve ? t('revenue.approvals.approveNote') : t('revenue.approvals.rejectNote')}
        explain={deciding?.approve ? t('revenue.approvals.approveExplain') : t('revenue.approvals.rejectExplain')}
        okText={deciding?.approve ? t('revenue.approvals.approve') : t('revenue.approvals.reject')}
        danger={!deciding?.approve}
        required={!deciding?.approve}
        saving={decision.loading}
        error={decideError}
        testId="approval-decide"
        onCancel={() => {
          setDeciding(null);
          setDecideError(undefined);
        }}
        onSubmit={(text) => void decide(text)}
      />
    </>
  );
}

export default ApprovalsPage;
