import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { SLA_STATE_COLORS, slaStateLabel } from './intake-labels';

/** The first-response SLA state as a coloured tag (breached red, at risk orange). */
export function SlaTag({ state, testId }: { state: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={SLA_STATE_COLORS[state] ?? 'default'} data-testid={testId}>
      {slaStateLabel(t, state)}
    </Tag>
  );
}

const GRADE_COLORS: Record<string, string> = { A: 'green', B: 'blue', C: 'gold', D: 'default' };

/** Lead grade A–D from the score. */
export function GradeTag({ grade, score }: { grade: string; score?: number }) {
  const { t } = useTranslation();
  return (
    <Tag color={GRADE_COLORS[grade] ?? 'default'} title={score === undefined ? undefined : t('intake.common.scoreOf', { score })}>
      {grade}
    </Tag>
  );
}
