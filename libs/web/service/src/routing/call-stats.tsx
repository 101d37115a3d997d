import { useQuery } from '@apollo/client/react';
import { CallStatisticsDocument, errorMessageOf, type CallStatisticsQuery } from '@rapport/web-data-access';
import { ErrorState, NO_FIGURE, ScrollRegion } from '@rapport/web-ui';
import { Card, Radio, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMmSs, STAT_PERIODS, statRange, type StatPeriod } from './routing-model';

type StatRow = CallStatisticsQuery['callStatistics'][number] & { key: string };

/** Logged calls per agent and line in the chosen period (default today), with the average handling time as mm:ss. */
export function CallStats({ period, onPeriod }: { period: StatPeriod; onPeriod: (p: StatPeriod) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  // "Now" is taken when the period is chosen so the variables stay put between renders.
  const range = useMemo(() => statRange(period, Date.now()), [period]);
  const { data, previousData, error, loading, refetch } = useQuery(CallStatisticsDocument, { variables: range });
  // Agent and line make a row; the position breaks a tie the API should not produce.
  const rows = (data ?? previousData)?.callStatistics.map((r, i) => ({ ...r, key: `${r.agent?.id ?? '-'}|${r.line ?? '-'}|${i}` }));
  const label: Record<StatPeriod, string> = { today: t('routing.calls.today'), week: t('routing.calls.week'), month: t('routing.calls.month') };
  const columns: TableColumnsType<StatRow> = [
    { key: 'agent', title: t('routing.board.agent'), render: (_, r) => r.agent?.name ?? <Typography.Text type="secondary">{t('routing.calls.noAgent')}</Typography.Text> },
    { key: 'line', title: t('routing.calls.line'), render: (_, r) => r.line ?? NO_FIGURE },
    { key: 'calls', title: t('routing.calls.calls'), align: 'right', render: (_, r) => r.calls },
    { key: 'inbound', title: t('routing.calls.inbound'), align: 'right', render: (_, r) => r.inbound },
    { key: 'aht', title: t('routing.calls.aht'), align: 'right', render: (_, r) => <span data-testid="call-aht">{formatMmSs(r.averageHandlingSeconds) ?? NO_FIGURE}</span> },
  ];
  let body;
  if (error && !rows) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!rows) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (!rows.length)
    body = (
      <Typography.Text type="secondary" data-testid="call-stats-none">
        {t('routing.calls.none')}
      </Typography.Text>
    );
  else
    body = (
      <ScrollRegion label={t('routing.calls.title')} data-testid="call-stats-table">
        <Table<StatRow> size="small" rowKey="key" columns={columns} dataSource={rows} pagination={false} />
      </ScrollRegion>
    );
  return (
    <Card size="small" title={<span id={labelId}>{t('routing.calls.title')}</span>} data-testid="call-stats">
      {/* Above the table rather than in the card's corner: a phone has no room beside the title. */}
      <Radio.Group
        aria-labelledby={labelId}
        size="small"
        optionType="button"
        value={period}
        onChange={(e) => onPeriod(e.target.value as StatPeriod)}
        options={STAT_PERIODS.map((p) => ({ value: p, label: label[p] }))}
        data-testid="call-stats-period"
        style={{ marginBottom: 12 }}
      />
      <div aria-busy={loading} style={{ opacity: loading && rows ? 0.6 : 1 }}>
        {body}
      </div>
    </Card>
  );
}
