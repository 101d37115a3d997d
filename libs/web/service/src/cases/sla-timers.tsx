import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, PauseCircleOutlined, StopOutlined, WarningOutlined } from '@ant-design/icons';
import type { CaseMilestoneFieldsFragment } from '@rapport/web-data-access';
import { formatDateTime } from '@rapport/web-ui';
import { Card, Flex, Typography } from 'antd';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { milestoneLabel, spanText } from './case-labels';
import { timerView, type TimerTone } from './case-model';

/** The clock the timers read; tests hand in a fixed one. */
export const SlaNowContext = createContext<() => number>(() => Date.now());

/** The current instant, again every `everyMs` while the page is open (null: nothing to count, no ticking). */
function useNow(everyMs: number | null): number {
  const read = useContext(SlaNowContext);
  const [now, setNow] = useState(read);
  useEffect(() => {
    if (everyMs === null) return undefined;
    const id = setInterval(() => setNow(read()), everyMs);
    return () => clearInterval(id);
  }, [read, everyMs]);
  return now;
}

const TONE: Record<TimerTone, { type?: 'success' | 'warning' | 'danger' | 'secondary'; icon: ReactNode }> = {
  ok: { icon: <ClockCircleOutlined /> },
  warning: { type: 'warning', icon: <WarningOutlined /> },
  overdue: { type: 'danger', icon: <ExclamationCircleOutlined /> },
  paused: { type: 'secondary', icon: <PauseCircleOutlined /> },
  done: { type: 'success', icon: <CheckCircleOutlined /> },
  late: { type: 'danger', icon: <StopOutlined /> },
};

function MilestoneTimer({ m, now }: { m: CaseMilestoneFieldsFragment; now: number }) {
  const { t } = useTranslation();
  const view = timerView(m, now);
  const span = spanText(t, view.ms);
  const text = {
    running: t('service.sla.left', { span }),
    overdue: t('service.sla.overdue', { span }),
    paused: t('service.sla.paused', { span }),
    met: t('service.sla.met'),
    metLate: t('service.sla.metLate'),
    stopped: t('service.sla.stopped'),
  }[view.kind];
  const detail =
    view.kind === 'running' || view.kind === 'overdue'
      ? t('service.sla.dueAt', { at: formatDateTime(m.dueAt) })
      : m.completedAt
        ? t('service.sla.completedAt', { at: formatDateTime(m.completedAt) })
        : t('service.sla.target', { span: spanText(t, m.targetMinutes * 60_000) });
  const tone = TONE[view.tone];
  return (
    <Flex vertical data-testid="sla-timer" data-kind={m.kind} data-state={view.kind} role="group" aria-label={milestoneLabel(t, m.kind)}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {milestoneLabel(t, m.kind)}
      </Typography.Text>
      <Typography.Text type={tone.type} strong={view.tone === 'overdue' || view.tone === 'late'} data-testid="sla-timer-text">
        {tone.icon} {text}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {detail}
      </Typography.Text>
    </Flex>
  );
}

/**
 * The case's SLA clocks, one per milestone (first response, next response, resolution), counting
 * down every second: time left, overdue, paused (the status stops the clock) or met. The state is
 * in words and an icon as well as the colour. A case without a contract has no clocks and says so.
 */
export function SlaTimers({ milestones }: { milestones: readonly CaseMilestoneFieldsFragment[] }) {
  const { t } = useTranslation();
  // Only a running clock counts down; paused and completed ones say the same until the next answer.
  const now = useNow(milestones.some((m) => m.state === 'RUNNING') ? 1000 : null);
  return (
    <Card size="small" title={t('service.sla.title')} data-testid="sla-timers">
      {milestones.length ? (
        <Flex wrap gap={24}>
          {milestones.map((m) => (
            <MilestoneTimer key={m.kind} m={m} now={now} />
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary" data-testid="sla-none">
          {t('service.sla.none')}
        </Typography.Text>
      )}
    </Card>
  );
}
