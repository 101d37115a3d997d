import { ChartCard } from '@rapport/web-ui';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountBars } from '../count-bars';
import { skipReasonLabel } from './mailing-labels';
import type { MailingSkipReason } from './mailing-model';

const BAR_COLOR = '#8c8c8c';

export interface SkipReasonsChartProps {
  skipped: readonly { reason: MailingSkipReason; count: number }[];
  title: string;
  testId: string;
}

/**
 * Who got no message and why, as horizontal bars (the dashboard's recharts), most first as the API
 * orders them, with the same numbers in a table under the chart. The figure's accessible name says
 * every reason and its count.
 */
export function SkipReasonsChart({ skipped, title, testId }: SkipReasonsChartProps) {
  const { t, i18n } = useTranslation();
  const data = skipped.map((s) => ({ reason: s.reason, label: skipReasonLabel(t, s.reason), count: s.count }));
  const number = (n: number) => n.toLocaleString(i18n.language);
  if (!data.length) {
    return (
      <ChartCard title={title} summary={t('mailings.skipped.none')} testId={testId}>
        {() => <Typography.Paragraph style={{ padding: 8, margin: 0 }}>{t('mailings.skipped.none')}</Typography.Paragraph>}
      </ChartCard>
    );
  }
  const summary = data.map((d) => t('mailings.skipped.line', { reason: d.label, count: number(d.count) })).join('; ');
  const table = (
    <Table
      size="small"
      rowKey="reason"
      pagination={false}
      dataSource={data}
      style={{ marginTop: 8 }}
      data-testid={`${testId}-table`}
      columns={[
        { key: 'reason', title: t('mailings.skipped.reason'), render: (_: unknown, d) => <span data-reason={d.reason}>{d.label}</span> },
        { key: 'count', title: t('mailings.skipped.count'), align: 'end', render: (_: unknown, d) => number(d.count) },
      ]}
    />
  );
  return (
    <ChartCard title={title} summary={summary} testId={testId} footer={table}>
      {(width) => <CountBars width={width} data={data} name={t('mailings.skipped.count')} color={BAR_COLOR} format={number} />}
    </ChartCard>
  );
}
