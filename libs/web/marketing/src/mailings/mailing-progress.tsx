import { Flex, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { handled, progressPercent, progressSegments, type MailingProgress, type ProgressSegment } from './mailing-model';

// Sent is what counts (green); failures stand out (red); skipped is neither (grey). What is still
// waiting is the empty track.
export const PROGRESS_COLORS: Record<ProgressSegment['key'], string> = { sent: '#389e0d', failed: '#cf1322', skipped: '#8c8c8c' };
const TRACK = '#f0f0f0';

export interface MailingProgressBarProps {
  progress: MailingProgress;
  /** The list's row: a thinner bar with "handled / total" beside it; the page shows the counts apart. */
  compact?: boolean;
  testId?: string;
}

/**
 * A mailing's progress: one bar with its sent, failed and skipped parts, each as wide as its share
 * of the recipients. It is a `progressbar` whose value is the share handled and whose text says
 * every count, so a screen reader hears what the colours show.
 */
export function MailingProgressBar({ progress, compact, testId }: MailingProgressBarProps) {
  const { t } = useTranslation();
  const percent = progressPercent(progress);
  const done = handled(progress);
  const waiting = progress.queued + progress.sending;
  const summary = progress.total
    ? t('mailings.progress.summary', { handled: done, total: progress.total, sent: progress.sent, failed: progress.failed, skipped: progress.skipped, waiting })
    : t('mailings.progress.noRecipients');
  const height = compact ? 8 : 14;
  const bar: CSSProperties = { display: 'flex', height, borderRadius: height / 2, overflow: 'hidden', background: TRACK, flex: 1, minWidth: compact ? 80 : 120 };
  return (
    <Flex align="center" gap={8} style={{ width: '100%' }}>
      <div
        role="progressbar"
        aria-label={t('mailings.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={summary}
        title={summary}
        data-testid={testId}
        data-total={progress.total}
        data-handled={done}
        data-sent={progress.sent}
        style={bar}
      >
        {progressSegments(progress).map((s) => (
          <span key={s.key} data-part={s.key} style={{ width: `${s.width}%`, background: PROGRESS_COLORS[s.key] }} />
        ))}
      </div>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} aria-hidden="true">
        {compact ? t('mailings.progress.short', { handled: done, total: progress.total }) : `${percent}%`}
      </Typography.Text>
    </Flex>
  );
}

/** The counts under the page's bar, each with the colour of its part of the bar. */
export function MailingCounts({ progress }: { progress: MailingProgress }) {
  const { t } = useTranslation();
  const items: { key: string; label: string; value: number; color?: string }[] = [
    { key: 'total', label: t('mailings.progress.total'), value: progress.total },
    { key: 'sent', label: t('mailings.progress.sent'), value: progress.sent, color: PROGRESS_COLORS.sent },
    { key: 'failed', label: t('mailings.progress.failed'), value: progress.failed, color: PROGRESS_COLORS.failed },
    { key: 'skipped', label: t('mailings.progress.skipped'), value: progress.skipped, color: PROGRESS_COLORS.skipped },
    { key: 'waiting', label: t('mailings.progress.waiting'), value: progress.queued + progress.sending, color: TRACK },
  ];
  return (
    <dl style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 24px', margin: '12px 0 0' }} data-testid="mailing-counts">
      {items.map((item) => (
        <Flex key={item.key} vertical data-count={item.key} data-value={item.value}>
          <dt>
            <Typography.Text type="secondary">
              {item.color ? (
                <svg width={10} height={10} aria-hidden="true" focusable="false" style={{ marginInlineEnd: 6 }}>
                  <rect width={10} height={10} rx={2} fill={item.color} stroke="#bfbfbf" strokeWidth={item.color === TRACK ? 1 : 0} />
                </svg>
              ) : null}
              {item.label}
            </Typography.Text>
          </dt>
          <dd style={{ margin: 0, fontSize: 20, fontVariantNumeric: 'tabular-nums' }}>{item.value.toLocaleString()}</dd>
        </Flex>
      ))}
    </dl>
  );
}
