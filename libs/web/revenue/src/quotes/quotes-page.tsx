import { AuditOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { QuoteOpportunityDocument, QuotesDocument, type QuoteRowFragment } from '@rapport/web-data-access';
import { PageHeader } from '@rapport/web-ui';
import { Card, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { ConnectionTable } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { opportunityPath } from '@rapport/web-core';
import { LinkButton, ListEmpty, usePermissions } from '@rapport/web-core';
import { REVENUE_NEEDS } from '../revenue-access';
import { QUOTE_STATUSES, quoteStatusLabel } from '../revenue-labels';
import { useRecordNames } from '../use-record-names';
import { quoteColumns, quotePath } from './quote-columns';

const PAGE_SIZE = 20;

/** The status filter over any quote list. */
export function QuoteStatusSelect({ value, onChange, testId }: { value: string | null; onChange: (status: string | null) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Select<string>
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange(v ?? null)}
      placeholder={t('revenue.quotes.allStatuses')}
      aria-label={t('fields.status')}
      options={QUOTE_STATUSES.map((s) => ({ value: s, label: quoteStatusLabel(t, s), 'data-testid': `${testId}-${s}` }))}
      style={{ minWidth: 200 }}
      data-testid={testId}
    />
  );
}

/** /sales/quotes: every quote the caller may see, or one deal's quotes (?opportunityId=…), by status. */
export function QuotesPage() {
  const { t } = useTranslation();
  usePageTitle(t('revenue.quotes.title'));
  const permissions = usePermissions();
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const opportunityId = params.get('opportunityId');
  const deal = useQuery(QuoteOpportunityDocument, { variables: { id: opportunityId ?? '' }, skip: !opportunityId });
  const cursors = useCursorStack(JSON.stringify([status, opportunityId]));
  const { data, previousData, loading, error, refetch } = useQuery(QuotesDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, status, opportunityId },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.quotes;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const names = useRecordNames({ opportunityIds: rows.map((q) => q.opportunityId), accountIds: rows.map((q) => q.accountId), userIds: rows.map((q) => q.ownerId) });
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const newQuotePath = opportunityId ? `/sales/quotes/new?opportunityId=${encodeURIComponent(opportunityId)}` : '/sales/quotes/new';
  const dealName = deal.data?.opportunity?.name;
  // On one deal: whether this viewer may quote on that deal; across deals: whether they may quote at all.
  const canCreate = opportunityId ? (deal.data?.opportunity?.viewerCan.createQuote ?? false) : permissions.allows(REVENUE_NEEDS.newQuote);

  return (
    <>
      <PageHeader
        title={dealName ? t('revenue.quotes.titleForDeal', { name: dealName }) : t('revenue.quotes.title')}
        subtitle={
          opportunityId ? (
            <Flex gap="small" wrap>
              {dealName ? <Link to={opportunityPath(opportunityId)}>{t('revenue.quotes.openDealNamed', { name: dealName })}</Link> : null}
              <Link to={status ? `/sales/quotes?status=${encodeURIComponent(status)}` : '/sales/quotes'} data-testid="quotes-all-deals">
                {t('revenue.quotes.allDeals')}
              </Link>
            </Flex>
          ) : (
            t('revenue.quotes.subtitle')
          )
        }
        extra={
          <>
            {permissions.allows(REVENUE_NEEDS.approvals) ? (
              <LinkButton to="/sales/quotes/approvals" icon={<AuditOutlined />} data-testid="quotes-approvals">
                {t('revenue.approvals.title')}
              </LinkButton>
            ) : null}
            <LinkButton to="/sales/quotes/conflicts" icon={<WarningOutlined />} data-testid="quotes-conflicts">
              {t('revenue.conflicts.title')}
            </LinkButton>
            {canCreate ? (
              <LinkButton to={newQuotePath} type="primary" icon={<PlusOutlined />} data-testid="quote-create">
                {t('revenue.quotes.create')}
              </LinkButton>
            ) : null}
          </>
        }
      />
      <Card>
        <Flex gap="middle" wrap align="center" style={{ marginBottom: 16 }}>
          <QuoteStatusSelect value={status} onChange={(s) => setParam('status', s)} testId="quotes-status" />
        </Flex>
        <ConnectionTable<QuoteRowFragment>
          testId="quotes-table"
          connection={connection}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          columns={quoteColumns(t, names, { showDeal: !opportunityId })}
          cursors={cursors}
          empty={opportunityId && !status ? t('revenue.quotes.emptyDeal') : <ListEmpty object="quote" filtered={!!status} filteredText={t('revenue.quotes.emptyFiltered')} />}
          rowPath={(q) => quotePath(q.id)}
        />
      </Card>
    </>
  );
}

export default QuotesPage;
