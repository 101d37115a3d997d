import { useQuery } from '@apollo/client/react';
import { errorMessageOf, QuoteDocument, type QuoteDetailFragment } from '@rapport/web-data-access';
import { ErrorState, formatDate, formatDateTime, formatMoney, LoadingState, PageHeader } from '@rapport/web-ui';
import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { NONE, orNone } from '@rapport/web-core';
import { BackLink, RecordColumns } from '@rapport/web-core';
import { RecordNotFound } from '@rapport/web-core';
import { quoteParentItems } from './quote-parent-items';
import { quoteLanguageLabel } from '../revenue-labels';
import { useRecordNames, type RecordNames } from '../use-record-names';
import { ApprovalHistory } from './approval-history';
import { QuoteActions, type Breach } from './quote-actions';
import { QuoteEditor } from './quote-editor';
import { QuoteLinesTable } from './quote-lines-table';
import { formatPercent } from './quote-preview';
import { QuoteStatusTag } from './quote-status-tag';
import { QuoteTotals } from './quote-totals';

/** What the last submit said was beyond tolerance, line by line. */
function BreachesAlert({ breaches }: { breaches: Breach[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="quote-breaches"
      title={t('revenue.submit.sentForApproval')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {breaches.map((b) => (
            <li key={b.lineNo}>
              {t('revenue.submit.breach', { line: b.lineNo, discount: formatPercent(b.discountPercent), allowed: formatPercent(b.allowedPercent) })}
            </li>
          ))}
        </ul>
      }
    />
  );
}

function QuoteLinesCard({ quote }: { quote: QuoteDetailFragment }) {
  const { t } = useTranslation();
  const discount = quote.subtotal - quote.total;
  return (
    <Card size="small" title={t('revenue.quotes.linesCard')}>
      <QuoteLinesTable quote={quote} />
      <div style={{ marginTop: 16 }}>
        <QuoteTotals
          testId="quote-totals"
          subtotal={formatMoney(quote.subtotal, quote.currency) ?? ''}
          discountPercent={quote.discountPercent}
          discountAmount={discount > 0 ? `−${formatMoney(discount, quote.currency)}` : ''}
          total={formatMoney(quote.total, quote.currency) ?? ''}
        />
      </div>
    </Card>
  );
}

function QuoteDetails({ quote, names }: { quote: QuoteDetailFragment; names: RecordNames }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('records.details')}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="quote-details">
        {quoteParentItems(t, quote, names)}
        <Descriptions.Item label={t('common.owner')}>{orNone(names.user(quote.ownerId))}</Descriptions.Item>
        <Descriptions.Item label={t('revenue.quotes.fields.version')}>{quote.version}</Descriptions.Item>
        <Descriptions.Item label={t('revenue.quotes.fields.validUntil')}>{orNone(formatDate(quote.validUntil))}</Descriptions.Item>
        <Descriptions.Item label={t('revenue.quotes.fields.language')}>{quoteLanguageLabel(quote.language)}</Descriptions.Item>
        <Descriptions.Item label={t('revenue.quotes.fields.pricedOn')}>{formatDate(quote.pricedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('common.created')}>{formatDateTime(quote.createdAt)}</Descriptions.Item>
        {quote.acceptedAt ? <Descriptions.Item label={t('revenue.quotes.fields.acceptedAt')}>{formatDateTime(quote.acceptedAt)}</Descriptions.Item> : null}
        <Descriptions.Item label={t('revenue.quotes.fields.notes')} span="filled">
          {quote.notes ? <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{quote.notes}</Typography.Text> : NONE}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

export function QuotePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(QuoteDocument, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [breaches, setBreaches] = useState<Breach[]>([]);
  const quote = data?.quote;
  const names = useRecordNames({
    opportunityIds: [quote?.opportunityId],
    accountIds: [quote?.accountId],
    userIds: [quote?.ownerId, ...(quote?.approvals.flatMap((a) => [a.requestedBy, a.approverId]) ?? [])],
  });
  usePageTitle(quote?.name ?? t('revenue.quotes.record'));

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!quote) return <RecordNotFound title={t('revenue.quotes.notFound')} backTo="/sales/quotes" backLabel={t('revenue.quotes.backToList')} />;

  return (
    <>
      <BackLink to={`/sales/quotes?opportunityId=${encodeURIComponent(quote.opportunityId)}`} label={names.opportunity(quote.opportunityId) ?? t('revenue.quotes.title')} />
      <PageHeader
        title={quote.name}
        subtitle={
          <Flex gap="small" wrap align="center">
            <QuoteStatusTag status={quote.status} locked={quote.locked} testId="quote-status" />
            <Typography.Text strong data-testid="quote-header-total">
              {formatMoney(quote.total, quote.currency)}
            </Typography.Text>
          </Flex>
        }
        extra={editing ? undefined : <QuoteActions quote={quote} onEdit={() => setEditing(true)} onSubmitted={(r) => setBreaches(r.needsApproval ? r.breaches : [])} />}
      />
      {quote.locked ? <Alert type="info" showIcon title={t('revenue.quotes.lockedExplain')} style={{ marginBottom: 16 }} data-testid="quote-locked" /> : null}
      {quote.status === 'superseded' ? <Alert type="info" showIcon title={t('revenue.quotes.supersededExplain')} style={{ marginBottom: 16 }} /> : null}
      {breaches.length && quote.status === 'pending_approval' ? (
        <div style={{ marginBottom: 16 }}>
          <BreachesAlert breaches={breaches} />
        </div>
      ) : null}
      <Flex vertical gap={16}>
        {/* The lines get the full width: six columns of money do not fit beside a side panel. */}
        {editing ? (
          <QuoteEditor
            deal={{ opportunityId: quote.opportunityId, accountId: quote.accountId, currency: quote.currency }}
            quote={quote}
            onSaved={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <QuoteLinesCard quote={quote} />
        )}
        <RecordColumns
          main={<QuoteDetails quote={quote} names={names} />}
          side={
            <Card size="small" title={t('revenue.approvals.history')}>
              <ApprovalHistory approvals={quote.approvals} userName={names.user} />
            </Card>
          }
        />
      </Flex>
      {/* A new version starts from the deal, so the editor opens there. */}
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        <Link to={`/sales/quotes/new?opportunityId=${encodeURIComponent(quote.opportunityId)}`} data-testid="quote-new-version">
          {t('revenue.quotes.newVersion')}
        </Link>
      </Typography.Paragraph>
    </>
  );
}

export default QuotePage;
