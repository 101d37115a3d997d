import { AimOutlined } from '@ant-design/icons';
import { EmptyState, formatDateTime, formatMoney } from '@rapport/web-ui';
import { Button, Card, Flex, Progress, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NONE } from '@rapport/web-core';
import { formatPercent } from '../quotes/quote-preview';
import { categoryLabel } from '../revenue-labels';
import { categoryRows, repRows, type CategoryRow, type Forecast, type RepRow } from './chart-data';
import { CATEGORY_COLORS } from './forecast-charts';

const Swatch = ({ category }: { category: string }) => (
  <span aria-hidden style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, marginInlineEnd: 8, background: CATEGORY_COLORS[category] ?? '#d9d9d9' }} />
);

/** The reps' numbers and the manager's call side by side, per category. */
export function CategoryTable({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation();
  const money = (n: number) => formatMoney(n, forecast.currency);
  const columns: TableColumnsType<CategoryRow> = [
    {
      key: 'category',
      title: t('revenue.forecast.category'),
      render: (_: unknown, r) => (
        <span>
          <Swatch category={r.category} />
          {categoryLabel(t, r.category)}
        </span>
      ),
    },
    { key: 'reps', title: t('revenue.forecast.repsNumbers'), align: 'end', render: (_: unknown, r) => <span data-testid={`forecast-reps-${r.category}`}>{money(r.reps)}</span> },
    {
      key: 'adjusted',
      title: t('revenue.forecast.adjusted'),
      align: 'end',
      render: (_: unknown, r) => (
        <Typography.Text strong={!!r.adjustment} data-testid={`forecast-adjusted-${r.category}`}>
          {money(r.adjusted)}
        </Typography.Text>
      ),
    },
    {
      key: 'difference',
      title: t('revenue.forecast.difference'),
      align: 'end',
      render: (_: unknown, r) =>
        r.difference === 0 ? (
          NONE
        ) : (
          <Typography.Text type={r.difference > 0 ? 'success' : 'danger'}>
            {r.difference > 0 ? '+' : '−'}
            {money(Math.abs(r.difference))}
          </Typography.Text>
        ),
    },
  ];
  return <Table<CategoryRow> rowKey="category" size="small" pagination={false} dataSource={categoryRows(forecast)} columns={columns} data-testid="forecast-categories" />;
}

/** Every call a manager made on this scope and period, newest first; the first per category is in force. */
export function AdjustmentsList({ forecast, managerName }: { forecast: Forecast; managerName: (id: string) => string | undefined }) {
  const { t } = useTranslation();
  const inForce = new Set(categoryRows(forecast).flatMap((r) => (r.adjustment ? [r.adjustment.id] : [])));
  return (
    <Card size="small" title={t('revenue.forecast.adjustments')} data-testid="forecast-adjustments">
      {forecast.adjustments.length === 0 ? (
        <EmptyState compact description={t('revenue.forecast.noAdjustments')} />
      ) : (
        // A plain list: antd's List is deprecated in v6.
        <Flex vertical component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {forecast.adjustments.map((a, i) => (
            <li key={a.id} data-testid={`forecast-adjustment-${a.id}`} style={{ padding: '8px 0', borderTop: i ? '1px solid rgba(5,5,5,0.06)' : undefined }}>
              <div>
                <Swatch category={a.category} />
                <Typography.Text strong>
                  {categoryLabel(t, a.category)} → {formatMoney(a.amount, forecast.currency)}
                </Typography.Text>{' '}
                {inForce.has(a.id) ? <Tag color="blue">{t('revenue.forecast.inForce')}</Tag> : <Tag>{t('revenue.forecast.superseded')}</Tag>}
              </div>
              <Typography.Text type="secondary">
                {managerName(a.managerId) ?? t('revenue.someone')} · {formatDateTime(a.createdAt)}
              </Typography.Text>
              {a.note ? (
                <div>
                  <Typography.Text italic>“{a.note}”</Typography.Text>
                </div>
              ) : null}
            </li>
          ))}
        </Flex>
      )}
    </Card>
  );
}

export function attainmentPercent(value: number | null | undefined): number {
  return Math.max(0, Math.min(100, value ?? 0));
}

/** One row per person in scope; managers set each person's quota from here. */
export function RepTable({ forecast, onSetQuota }: { forecast: Forecast; onSetQuota?: (row: RepRow) => void }) {
  const { t } = useTranslation();
  const money = (n: number | null) => (n === null ? NONE : formatMoney(n, forecast.currency));
  const columns: TableColumnsType<RepRow> = [
    // A link to the person's page; it also lets keyboard users reach, and so scroll, the table on a phone.
    { key: 'name', title: t('revenue.forecast.person'), fixed: 'start', render: (_: unknown, r) => <Link to={`/users/${encodeURIComponent(r.userId)}`}>{r.name}</Link> },
    { key: 'closed', title: categoryLabel(t, 'closed'), align: 'end', render: (_: unknown, r) => money(r.closed) },
    { key: 'commit', title: categoryLabel(t, 'commit'), align: 'end', render: (_: unknown, r) => money(r.commit) },
    { key: 'bestCase', title: categoryLabel(t, 'best_case'), align: 'end', render: (_: unknown, r) => money(r.bestCase) },
    { key: 'pipeline', title: categoryLabel(t, 'pipeline'), align: 'end', render: (_: unknown, r) => money(r.pipeline) },
    { key: 'weighted', title: t('revenue.forecast.weighted'), align: 'end', render: (_: unknown, r) => money(r.weighted) },
    { key: 'quota', title: t('revenue.forecast.quota'), align: 'end', render: (_: unknown, r) => <span data-testid={`forecast-rep-quota-${r.userId}`}>{money(r.quota)}</span> },
    {
      key: 'attainment',
      title: t('revenue.forecast.attainment'),
      width: 160,
      render: (_: unknown, r) =>
        r.attainment === null ? (
          NONE
        ) : (
          <Tooltip title={formatPercent(r.attainment)}>
            <Progress percent={attainmentPercent(r.attainment)} size="small" status={r.attainment >= 100 ? 'success' : 'normal'} format={() => formatPercent(r.attainment)} aria-label={t('revenue.forecast.attainment')} />
          </Tooltip>
        ),
    },
    ...(onSetQuota
      ? [
          {
            key: 'actions',
            align: 'end' as const,
            width: 48,
            render: (_: unknown, r: RepRow) => (
              <Tooltip title={t('revenue.forecast.setQuotaFor', { name: r.name })}>
                <Button type="text" size="small" icon={<AimOutlined />} onClick={() => onSetQuota(r)} aria-label={t('revenue.forecast.setQuotaFor', { name: r.name })} data-testid={`forecast-set-quota-${r.userId}`} />
              </Tooltip>
            ),
          },
        ]
      : []),
  ];
  return <Table<RepRow> rowKey="userId" size="small" pagination={false} dataSource={repRows(forecast)} columns={columns} scroll={{ x: 'max-content' }} data-testid="forecast-reps" />;
}
