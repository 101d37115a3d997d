import { Flex, InputNumber, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { setupPriorityName } from '../setup-labels';
import { MILESTONES, PRIORITIES, targetProblems, type DurationDraft, type DurationProblem, type Milestone, type TargetsDraft } from './targets-model';

// One literal key per value, so the key check sees each of them.
type Label = (t: TFunction) => string;
const MILESTONE_NAMES: Record<Milestone, Label> = {
  firstResponse: (t) => t('serviceSetup.targets.firstResponse'),
  nextResponse: (t) => t('serviceSetup.targets.nextResponse'),
  resolution: (t) => t('serviceSetup.targets.resolution'),
};
const PROBLEM_TEXT: Record<DurationProblem, Label> = {
  notWhole: (t) => t('serviceSetup.targets.problems.notWhole'),
  minutesOver59: (t) => t('serviceSetup.targets.problems.minutesOver59'),
  zero: (t) => t('serviceSetup.targets.problems.zero'),
  overYear: (t) => t('serviceSetup.targets.problems.overYear'),
  firstAfterResolution: (t) => t('serviceSetup.targets.problems.firstAfterResolution'),
};
const UNIT_TEXT: Record<'hours' | 'minutes', { suffix: Label; cellLabel: (t: TFunction, priority: string, milestone: string) => string }> = {
  hours: {
    suffix: (t) => t('serviceSetup.targets.unit.hours'),
    cellLabel: (t, priority, milestone) => t('serviceSetup.targets.cellLabel.hours', { priority, milestone }),
  },
  minutes: {
    suffix: (t) => t('serviceSetup.targets.unit.minutes'),
    cellLabel: (t, priority, milestone) => t('serviceSetup.targets.cellLabel.minutes', { priority, milestone }),
  },
};

export interface TargetsGridProps {
  value?: TargetsDraft;
  onChange?: (draft: TargetsDraft) => void;
  /** The API's problems by `PRIORITY.milestone` (it names them by position in what was sent). */
  serverErrors?: ReadonlyMap<string, string>;
}

/**
 * Targets per priority (lowest first) and milestone, each as hours + minutes of business time. A
 * row per priority that wraps on a phone; each cell says its own problem (minutes over 59, zero, over
 * a year, a first response later than the resolution) as it is typed.
 */
export function TargetsGrid({ value, onChange, serverErrors }: TargetsGridProps) {
  const { t } = useTranslation();
  if (!value) return null;
  const problems = targetProblems(value);
  const set = (priority: (typeof PRIORITIES)[number], milestone: Milestone, d: DurationDraft) =>
    onChange?.({ ...value, [priority]: { ...value[priority], [milestone]: d } });

  return (
    <Flex vertical gap={16} data-testid="targets-grid">
      {PRIORITIES.map((priority) => {
        const priorityName = setupPriorityName(t, priority);
        return (
          <Flex key={priority} gap={16} wrap align="flex-start" role="group" aria-label={priorityName} data-testid={`targets-${priority}`}>
            <Typography.Text strong style={{ width: 88, paddingTop: 28 }}>
              {priorityName}
            </Typography.Text>
            {MILESTONES.map((milestone) => {
              const key = `${priority}.${milestone}` as const;
              const problem = problems[key];
              const message = problem ? PROBLEM_TEXT[problem](t) : serverErrors?.get(key);
              const errorId = `target-${priority}-${milestone}-error`;
              const cell = value[priority][milestone];
              const label = MILESTONE_NAMES[milestone](t);
              const input = (unit: 'hours' | 'minutes') => (
                <InputNumber
                  min={0}
                  max={unit === 'minutes' ? 59 : undefined}
                  precision={0}
                  value={cell[unit]}
                  onChange={(n) => set(priority, milestone, { ...cell, [unit]: typeof n === 'number' ? n : null })}
                  suffix={UNIT_TEXT[unit].suffix(t)}
                  aria-label={UNIT_TEXT[unit].cellLabel(t, priorityName, label)}
                  aria-invalid={message ? true : undefined}
                  aria-describedby={message ? errorId : undefined}
                  status={message ? 'error' : undefined}
                  style={{ width: 96 }}
                  data-testid={`target-${priority}-${milestone}-${unit}`}
                />
              );
              return (
                <Flex key={milestone} vertical gap={4} style={{ minWidth: 200 }}>
                  <Typography.Text type="secondary">{label}</Typography.Text>
                  <Flex gap={8}>
                    {input('hours')}
                    {input('minutes')}
                  </Flex>
                  {message ? (
                    <Typography.Text type="danger" id={errorId} role="alert" style={{ maxWidth: 220 }} data-testid={`target-${priority}-${milestone}-error`}>
                      {message}
                    </Typography.Text>
                  ) : null}
                </Flex>
              );
            })}
          </Flex>
        );
      })}
    </Flex>
  );
}
