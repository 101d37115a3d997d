import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { formatPercent, NO_FIGURE, ScrollRegion, VISUALLY_HIDDEN } from '@rapport/web-ui';
import { useTranslation } from 'react-i18next';
import { milestoneLabel, priorityLabel } from '../cases/case-labels';
import { attainmentLines, belowTarget, MILESTONES, type AttainmentLine, type AttainmentRow } from './dashboard-model';

/** One milestone's figures: the met rate (red, ▼ and said in words when below target), how many of how many, and the stopped. */
function RateCell({ row, target }: { row: AttainmentRow | undefined; target: number }) {
  const { t, i18n } = useTranslation();
  if (!row) return <span data-testid="attainment-rate">{NO_FIGURE}</span>;
  const below = belowTarget(row.metRate, target);
  return (
    <span data-testid="attainment-rate" data-below={below || undefined}>
      <Typography.Text type={below ? 'danger' : undefined} strong={below}>
        {formatPercent(row.metRate, i18n.language)}
        {below ? (
          <>
            <span aria-hidden="true"> ▼</span>
            <span style={VISUALLY_HIDDEN}> {t('service.dashboard.belowTarget')}</span>
          </>
        ) : null}
      </Typography.Text>
      <br />
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {t('service.dashboard.metOf', { met: row.met, total: row.met + row.breached })}
        {row.stopped ? ` · ${t('service.dashboard.stopped', { n: row.stopped })}` : ''}
      </Typography.Text>
    </span>
  );
}

/** Attainment by team and priority, a column per milestone, over the period. */
export function AttainmentTable({ rows, target }: { rows: readonly AttainmentRow[]; target: number }) {
  const { t, i18n } = useTranslation();
  const lines = attainmentLines(rows);
  const columns: TableColumnsType<AttainmentLine> = [
    { key: 'team', title: t('service.dashboard.team'), render: (_, l) => l.teamName ?? <Typography.Text type="secondary">{t('service.dashboard.noTeam')}</Typography.Text> },
    { key: 'priority', title: t('service.fields.priority'), render: (_, l) => priorityLabel(t, l.priority) },
    ...MILESTONES.map((m) => ({ key: m, title: milestoneLabel(t, m), align: 'right' as const, render: (_: unknown, l: AttainmentLine) => <RateCell row={l.byMilestone[m]} target={target} /> })),
  ];
  return (
    <Card size="small" title={t('service.dashboard.attainment')} data-testid="dashboard-attainment">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('service.dashboard.attainmentNote', { target: formatPercent(target, i18n.language) })}
      </Typography.Paragraph>
      {lines.length ? (
        <ScrollRegion label={t('service.dashboard.attainment')} data-testid="dashboard-attainment-table">
          <Table<AttainmentLine> size="small" rowKey="key" columns={columns} dataSource={lines} pagination={false} />
        </ScrollRegion>
      ) : (
        <Typography.Text type="secondary" data-testid="dashboard-attainment-none">
          {t('service.dashboard.attainmentNone')}
        </Typography.Text>
      )}
    </Card>
  );
}
