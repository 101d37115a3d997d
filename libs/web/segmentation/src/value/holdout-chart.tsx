import type { ClvModelRunFieldsFragment } from '@rapport/web-data-access';
import { ChartCard, ChartLegend, formatDate } from '@rapport/web-ui';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDecimal, holdoutPoints } from './value-model';

const COLORS = { predicted: '#1677ff', actual: '#fa8c16' };

/**
 * How well the fitted model predicted the holdout period (issue 17): customers grouped by how many
 * repeat purchases they made during calibration (0, 1, …, 7+), each group's mean purchases in the
 * holdout as the model predicted them beside what they really did. Close bars mean a model to
 * trust; the figure's accessible name lists every group's numbers.
 */
export function HoldoutChart({ run }: { run: Pick<ClvModelRunFieldsFragment, 'holdout' | 'calibrationEnd' | 'asOf'> }) {
  const { t, i18n } = useTranslation();
  const points = holdoutPoints(run.holdout);
  const title = t('customerValue.holdout.title');
  const note = t('customerValue.holdout.note', { from: formatDate(run.calibrationEnd), to: formatDate(run.asOf) });
  const decimal = (n: number) => formatDecimal(n, i18n.language) ?? '';
  if (!points.some((p) => p.customers > 0)) {
    return (
      <ChartCard title={title} note={note} summary={t('customerValue.holdout.empty')} testId="holdout-chart">
        {() => <Typography.Paragraph style={{ padding: 8, margin: 0 }}>{t('customerValue.holdout.empty')}</Typography.Paragraph>}
      </ChartCard>
    );
  }
  const names = { predicted: t('customerValue.holdout.predicted'), actual: t('customerValue.holdout.actual') };
  const summary = points
    .map((p) => t('customerValue.holdout.line', { group: p.label, customers: p.customers, predicted: decimal(p.predicted), actual: decimal(p.actual) }))
    .join('; ');
  return (
    <ChartCard title={title} note={note} summary={summary} testId="holdout-chart">
      {(width) => (
        <BarChart width={width} height={260} data={points} margin={{ top: 8, right: 8, left: 0, bottom: 12 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} label={{ value: t('customerValue.holdout.axis'), position: 'insideBottom', offset: -2, fontSize: 11 }} height={40} />
          <YAxis tickFormatter={decimal} tick={{ fontSize: 11 }} width={40} />
          <Tooltip formatter={(v, name) => [decimal(Number(v)), name]} labelFormatter={(label) => t('customerValue.holdout.group', { group: String(label) })} />
          {/* On top: below, it would sit on the axis title. */}
          <Legend verticalAlign="top" content={<ChartLegend />} />
          <Bar dataKey="predicted" name={names.predicted} fill={COLORS.predicted} isAnimationActive={false} />
          <Bar dataKey="actual" name={names.actual} fill={COLORS.actual} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartCard>
  );
}
