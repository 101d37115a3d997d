import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { QuoteOpportunityDocument, QuotesDocument, type QuoteRowFragment } from '@rapport/web-data-access';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConnectionTable, LinkButton, useCan } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { useRecordNames } from '../use-record-names';
import { quoteColumns, quotePath } from './quote-columns';

const PAGE_SIZE = 10;

export interface OpportunityQuotesPanelProps {
  opportunityId: string;
}

/**
 * The quotes of one deal, newest first, with "New quote" when the viewer may quote on it. Made to sit among the related lists of
 * the opportunity page (pages/sales/opportunities/opportunity-page.tsx).
 */
export function OpportunityQuotesPanel(props: OpportunityQuotesPanelProps) {
  // A role without quotes gets no panel rather than an empty one that is not true.
  return useCan('quote', 'read') ? <QuotesOfOpportunity {...props} /> : null;
}

function QuotesOfOpportunity({ opportunityId }: OpportunityQuotesPanelProps) {
  const { t } = useTranslation();
  const cursors = useCursorStack(opportunityId);
  const { data, previousData, loading, error, refetch } = useQuery(QuotesDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, opportunityId },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.quotes;
  const names = useRecordNames({ userIds: connection?.edges.map((e) => e.node.ownerId) });
  const columns = quoteColumns(t, names, { showDeal: false });
  // The deal is in the cache from its page; "New quote" only where this viewer may quote on it.
  const deal = useQuery(QuoteOpportunityDocument, { variables: { id: opportunityId } });
  const canQuote = deal.data?.opportunity?.viewerCan.createQuote ?? false;
  return (
    <Card
      size="small"
      title={<Link to={`/sales/quotes?opportunityId=${encodeURIComponent(opportunityId)}`}>{t('revenue.quotes.title')}</Link>}
      extra={
        canQuote ? (
          <LinkButton size="small" icon={<PlusOutlined />} to={`/sales/quotes/new?opportunityId=${encodeURIComponent(opportunityId)}`} data-testid="opportunity-quote-create">
            {t('revenue.quotes.create')}
          </LinkButton>
        ) : null
      }
      data-testid="opportunity-quotes"
    >
      <ConnectionTable<QuoteRowFragment>
        testId="opportunity-quotes-table"
        size="small"
        compactPager
        connection={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        columns={columns}
        cursors={cursors}
        empty={t('revenue.quotes.emptyDeal')}
        rowPath={(q) => quotePath(q.id)}
      />
    </Card>
  );
}
