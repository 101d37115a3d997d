import { useQuery } from '@apollo/client/react';
import { CampaignFunnelDocument, errorMessageOf } from '@rapport/web-data-access';
import { ChartCard } from '@rapport/web-ui';
import { Alert, Button, Card, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatDuration, formatShare, funnelBars, funnelStepLabel, funnelSummary, type FunnelBar, type FunnelStep } from './funnel-data';

const ROW_HEIGHT = 48;
// Blues deepen towards sales; the last step, a won deal, is the return's green (as on the cost chart).
const STEP_COLORS: Record<FunnelStep, string> = { MEMBER: '#91caff', RESPONDED: '#69b1ff', CONTACTED: '#4096ff', OPPORTUNITY: '#1677ff', WON: '#389e0d' };
/** The step names take a third of a phone, less of a wide card. */
const nameAxisWidth = (width: number) => Math.min(190, Math.max(110, Math.round(width * 0.3)));

export interface CampaignFunnelProps {
  campaignId: string;
  /** Opens the members list narrowed to those who reached `step`. */
  onDrill: (step: FunnelStep) => void;
}

/**
 * "Did they reach sales": how many members responded, were contacted by a rep, got an opportunity
 * and won, as horizontal bars with their share of the members and the median time from the
 * response. The SVG says little to a screen reader or a keyboard, so the figure is labelled with
 * every step and the table under it repeats the numbers, each step a button to its people.
 */
export function CampaignFunnel({ campaignId, onDrill }: CampaignFunnelProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CampaignFunnelDocument, { variables: { id: campaignId }, notifyOnNetworkStatusChange: true });
  const rows = data?.campaign?.funnel;
  const title = t('marketing.funnel.title');

  let body: ReactNode;
  if (!rows && error) {
    body = (
      <Alert
        type="warning"
        showIcon
        title={t('marketing.funnel.loadFailed')}
        description={errorMessageOf(error)}
        action={
          <Button size="small" loading={loading} onClick={() => void refetch()} data-testid="campaign-funnel-retry">
            {t('common.retry')}
          </Button>
        }
        data-testid="campaign-funnel-error"
      />
    );
  } else if (!rows) {
    body = <Skeleton active paragraph={{ rows: 4 }} />;
  } else {
    const bars = funnelBars(rows);
    if (bars[0]!.count === 0) {
      body = (
        <div data-testid="campaign-funnel-empty">
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            {t('marketing.funnel.empty')}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('marketing.funnel.emptyHint')}</Typography.Text>
        </div>
      );
    } else {
      return (
        <section data-testid="campaign-funnel" aria-busy={loading}>
          <ChartCard
            title={title}
            note={t('marketing.funnel.note')}
            summary={funnelSummary(t, bars, i18n.language)}
            testId="campaign-funnel-chart"
            footer={<FunnelTable bars={bars} onDrill={onDrill} />}
          >
            {(width) => <FunnelBars bars={bars} width={width} onDrill={onDrill} />}
          </ChartCard>
        </section>
      );
    }
  }
  // Loading, failed and empty keep the card and its title, so the page does not jump.
  return (
    <section data-testid="campaign-funnel" aria-busy={loading}>
      <Card size="small" title={title}>
        {body}
      </Card>
    </section>
  );
}

/** A step's name on the axis, and under it the median time from the response where there is one. */
function StepTick({ x, y, payload, bars }: { x?: number | string; y?: number | string; payload?: { value?: unknown }; bars: readonly FunnelBar[] }) {
  const { t, i18n } = useTranslation();
  const bar = bars.find((b) => b.step === payload?.value);
  if (!bar) return null;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fontSize={12} fill="#262626">
      <tspan x={Number(x)} dy={bar.medianHours === null ? 4 : -3}>
        {funnelStepLabel(t, bar.step)}
      </tspan>
      {bar.medianHours === null ? null : (
        <tspan x={Number(x)} dy={15} fontSize={11} fill="#595959">
          {t('marketing.funnel.median', { time: formatDuration(t, bar.medianHours, i18n.language) })}
        </tspan>
      )}
    </text>
  );
}

function FunnelBars({ bars, width, onDrill }: { bars: readonly FunnelBar[]; width: number; onDrill: (step: FunnelStep) => void }) {
  const { t, i18n } = useTranslation();
  const data = bars.map((b) => ({ ...b, label: `${formatCount(b.count, i18n.language)} · ${formatShare(b.share, i18n.language)}` }));
  // recharts hands the clicked bar's data row over as `payload`.
  const open = (bar: unknown) => {
    const step = (bar as { payload?: { step?: FunnelStep } } | undefined)?.payload?.step;
    if (step) onDrill(step);
  };
  return (
    <BarChart width={width} height={bars.length * ROW_HEIGHT + 40} data={data} layout="vertical" margin={{ top: 8, right: 88, left: 8, bottom: 0 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} domain={[0, bars[0]?.count ?? 0]} tickFormatter={(v: number) => formatCount(v, i18n.language)} tick={{ fontSize: 12 }} />
      <YAxis type="category" dataKey="step" width={nameAxisWidth(width)} tick={(props: object) => <StepTick {...props} bars={bars} />} interval={0} />
      <Tooltip
        formatter={(v) => formatCount(Number(v), i18n.language)}
        labelFormatter={(_, items) => {
          const step = items?.[0]?.payload?.step as FunnelStep | undefined;
          return step ? funnelStepLabel(t, step) : '';
        }}
      />
      <Bar dataKey="count" name={t('marketing.funnel.count')} isAnimationActive={false} onClick={open} cursor="pointer">
        {data.map((d) => (
          <Cell key={d.step} fill={STEP_COLORS[d.step]} />
        ))}
        <LabelList dataKey="label" position="right" style={{ fontSize: 12, fill: '#262626' }} />
      </Bar>
    </BarChart>
  );
}

function tableColumns(t: TFunction, language: string, onDrill: (step: FunnelStep) => void): TableColumnsType<FunnelBar> {
  return [
    {
      key: 'step',
      title: t('marketing.funnel.stepColumn'),
      render: (_: unknown, b) => {
        const label = funnelStepLabel(t, b.step);
        return (
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 0 }}
            onClick={() => onDrill(b.step)}
            aria-label={t('marketing.funnel.showMembers', { step: label })}
            data-testid={`campaign-funnel-step-${b.step}`}
            data-count={b.count}
          >
            {label}
          </Button>
        );
      },
    },
    { key: 'count', title: t('marketing.funnel.count'), align: 'right', render: (_: unknown, b) => formatCount(b.count, language) },
    { key: 'share', title: t('marketing.funnel.share'), align: 'right', render: (_: unknown, b) => formatShare(b.share, language) },
    {
      key: 'median',
      title: t('marketing.funnel.medianColumn'),
      align: 'right',
      render: (_: unknown, b) => (b.medianHours === null ? '—' : formatDuration(t, b.medianHours, language)),
    },
  ];
}

/** The chart's numbers as a table, each step a button that opens its people on the Members tab. */
function FunnelTable({ bars, onDrill }: { bars: readonly FunnelBar[]; onDrill: (step: FunnelStep) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<FunnelBar>
      size="small"
      rowKey="step"
      pagination={false}
      dataSource={[...bars]}
      columns={tableColumns(t, i18n.language, onDrill)}
      scroll={{ x: 'max-content' }}
      style={{ marginTop: 8 }}
      data-testid="campaign-funnel-table"
    />
  );
}
