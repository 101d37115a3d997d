import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import type { QuoteDetailFragment } from '@rapport/web-data-access';
import { formatDateTime, formatMoney } from '@rapport/web-ui';
import { Button, Card, Descriptions, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { quoteParentItems } from '../quotes/quote-parent-items';
import { quotePath } from '../quotes/quote-columns';
import { combinedDiscount, formatPercent, toleranceFor, toleranceRole, type ToleranceRule } from '../quotes/quote-preview';
import { reasonLabel } from '../revenue-labels';
import type { RecordNames } from '../use-record-names';

type Line = QuoteDetailFragment['lines'][number];

export interface LineBreach {
  line: Line;
  effective: number;
  /** Undefined when the owner's role is unknown to the caller. */
  allowed: number | undefined;
}

/**
 * Each line's effective discount (line and quote discount together) against what the owner's role
 * may give. The API keeps the breaches of a request to itself, so the inbox recomputes them with
 * the same rule the server applied on submit.
 */
export function lineBreaches(quote: Pick<QuoteDetailFragment, 'lines' | 'discountPercent'>, rules: readonly ToleranceRule[] | undefined, ownerRole: string | undefined): LineBreach[] {
  return quote.lines.map((line) => ({
    line,
    effective: combinedDiscount(line.discountPercent, quote.discountPercent),
    allowed: rules && ownerRole ? toleranceFor(rules, toleranceRole(ownerRole), line.productLine) : undefined,
  }));
}

export interface ApprovalCardProps {
  quote: QuoteDetailFragment;
  names: RecordNames;
  rules: readonly ToleranceRule[] | undefined;
  /** False for one's own request: nobody approves their own discount. */
  canDecide: boolean;
  onApprove: () => void;
  onReject: () => void;
}

/** One quote waiting for a decision: who asks, why, and which lines go beyond tolerance. */
export function ApprovalCard({ quote, names, rules, canDecide, onApprove, onReject }: ApprovalCardProps) {
  const { t } = useTranslation();
  const request = quote.approvals.find((a) => a.status === 'pending');
  const rows = lineBreaches(quote, rules, names.userRole(quote.ownerId));
  const columns: TableColumnsType<LineBreach> = [
    { key: 'no', title: '#', width: 40, render: (_: unknown, r) => r.line.lineNo },
    { key: 'product', title: t('revenue.quotes.fields.product'), render: (_: unknown, r) => `${r.line.sku} · ${r.line.productName}` },
    { key: 'quantity', title: t('revenue.quotes.fields.quantity'), align: 'end', render: (_: unknown, r) => r.line.quantity },
    { key: 'net', title: t('revenue.quotes.fields.net'), align: 'end', render: (_: unknown, r) => formatMoney(r.line.netAmount, quote.currency) },
    {
      key: 'effective',
      title: t('revenue.approvals.effectiveDiscount'),
      align: 'end',
      render: (_: unknown, r) => {
        const over = r.allowed !== undefined && r.effective > r.allowed + 1e-9;
        return (
          <Flex gap={6} justify="end" align="center">
            <Typography.Text type={over ? 'danger' : undefined} strong={over}>
              {formatPercent(r.effective)}
            </Typography.Text>
            {r.allowed !== undefined ? <Typography.Text type="secondary">/ {formatPercent(r.allowed)}</Typography.Text> : null}
            {over ? (
              <Tag color="red" data-testid="approval-breach">
                {t('revenue.approvals.breach')}
              </Tag>
            ) : null}
          </Flex>
        );
      },
    },
  ];
  return (
    <Card
      size="small"
      data-testid={`approval-${quote.id}`}
      title={
        <Flex gap="small" wrap align="center">
          <Link to={quotePath(quote.id)}>{quote.name}</Link>
          <Typography.Text strong>{formatMoney(quote.total, quote.currency)}</Typography.Text>
        </Flex>
      }
      extra={
        canDecide ? (
          <Flex gap="small">
            <Button danger icon={<CloseOutlined />} onClick={onReject} data-testid={`approval-reject-${quote.id}`}>
              {t('revenue.approvals.reject')}
            </Button>
            <Button type="primary" icon={<CheckOutlined />} onClick={onApprove} data-testid={`approval-approve-${quote.id}`}>
              {t('revenue.approvals.approve')}
            </Button>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('revenue.approvals.ownRequest')}</Typography.Text>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        {quoteParentItems(t, quote, names)}
        <Descriptions.Item label={t('revenue.approvals.requestedByLabel')}>{names.user(request?.requestedBy) ?? t('revenue.someone')}</Descriptions.Item>
        <Descriptions.Item label={t('revenue.approvals.reason')}>
          <Tag color="gold" data-testid={`approval-reason-${quote.id}`} data-reason={request?.reasonCode}>
            {request ? reasonLabel(t, request.reasonCode) : '—'}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('revenue.approvals.requestedAt')}>{formatDateTime(request?.requestedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('revenue.quotes.fields.quoteDiscount')}>{formatPercent(quote.discountPercent)}</Descriptions.Item>
        {request?.note ? (
          <Descriptions.Item label={t('revenue.approvals.note')} span="filled">
            <Typography.Text italic>“{request.note}”</Typography.Text>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Table<LineBreach> rowKey={(r) => r.line.id} size="small" pagination={false} dataSource={rows} columns={columns} scroll={{ x: 'max-content' }} />
    </Card>
  );
}
