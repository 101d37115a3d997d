import type { UnansweredSummaryQuery } from '@rapport/web-data-access';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { sourceLabel } from '../shared/intake-labels';
import { formatAge } from '../shared/sla-format';

type BySource = UnansweredSummaryQuery['unansweredSummary']['bySource'][number];

const COLORS = { breached: '#cf1322', atRisk: '#fa8c16', onTrack: '#52c41a' };

/** Segments of one bar: breached, at risk, the rest on track (their sum is `open`). */
export function barSegments(row: Pick<BySource, 'open' | 'atRisk' | 'breached'>) {
  const breached = Math.min(row.breached, row.open);
  const atRisk = Math.min(row.atRisk, row.open - breached);
  return { breached, atRisk, onTrack: row.open - breached - atRisk };
}

/**
 * A small horizontal bar chart of waiting inquiries per source, scaled to the largest source.
 * Plain boxes instead of a chart library: the numbers sit next to the bars for screen readers.
 */
export function SourceBars({ rows, now }: { rows: readonly BySource[]; now: Date }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.open));
  return (
    <Flex vertical gap={12} data-testid="unanswered-chart">
      {rows.map((row) => {
        const s = barSegments(row);
        const width = (n: number) => `${(n / max) * 100}%`;
        return (
          <div key={row.source} data-testid={`unanswered-source-${row.source}`}>
            <Flex justify="space-between" wrap gap="small">
              <Typography.Text strong>{sourceLabel(t, row.source)}</Typography.Text>
              <Typography.Text type="secondary">
                {t('intake.unanswered.sourceLine', {
                  open: row.open,
                  atRisk: row.atRisk,
                  breached: row.breached,
                  age: formatAge(t, row.oldestReceivedAt, now) ?? '—',
                })}
              </Typography.Text>
            </Flex>
            <div
              role="img"
              aria-label={t('intake.unanswered.barLabel', { source: sourceLabel(t, row.source), open: row.open, atRisk: row.atRisk, breached: row.breached })}
              style={{ display: 'flex', height: 14, marginTop: 4, background: 'rgba(0,0,0,0.04)', borderRadius: 4, overflow: 'hidden' }}
            >
              <div style={{ width: width(s.breached), background: COLORS.breached }} />
              <div style={{ width: width(s.atRisk), background: COLORS.atRisk }} />
              <div style={{ width: width(s.onTrack), background: COLORS.onTrack }} />
            </div>
          </div>
        );
      })}
      <Flex gap="middle" wrap>
        {(['breached', 'atRisk', 'onTrack'] as const).map((k) => (
          <Flex key={k} align="center" gap={6}>
            <span style={{ width: 10, height: 10, borderRadius: 2, background: COLORS[k], display: 'inline-block' }} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {k === 'breached' ? t('intake.sla.breached') : k === 'atRisk' ? t('intake.sla.atRisk') : t('intake.sla.onTrack')}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}
