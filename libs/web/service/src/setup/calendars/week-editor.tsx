import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { clockToMinutes, minutesToClock, periodProblems, type PeriodDraft, type PeriodProblem, type WeekdayDraft } from './calendar-model';

export interface WeekEditorProps {
  value?: WeekdayDraft[];
  onChange?: (week: WeekdayDraft[]) => void;
  /** Readers see the periods, no controls to change them. */
  readOnly?: boolean;
}

// One literal key per value, so the key check sees each of them.
type Label = (t: TFunction) => string;
/** ISO weekdays, 1 Monday … 7 Sunday. */
const WEEKDAY_NAMES: Record<number, Label> = {
  1: (t) => t('serviceSetup.weekdays.1'),
  2: (t) => t('serviceSetup.weekdays.2'),
  3: (t) => t('serviceSetup.weekdays.3'),
  4: (t) => t('serviceSetup.weekdays.4'),
  5: (t) => t('serviceSetup.weekdays.5'),
  6: (t) => t('serviceSetup.weekdays.6'),
  7: (t) => t('serviceSetup.weekdays.7'),
};
const EDGE_LABELS: Record<'start' | 'end', (t: TFunction, day: string, n: number) => string> = {
  start: (t, day, n) => t('serviceSetup.week.startLabel', { day, n }),
  end: (t, day, n) => t('serviceSetup.week.endLabel', { day, n }),
};
const PROBLEM_TEXT: Record<PeriodProblem, Label> = {
  startFormat: (t) => t('serviceSetup.week.problems.startFormat'),
  endFormat: (t) => t('serviceSetup.week.problems.endFormat'),
  endBeforeStart: (t) => t('serviceSetup.week.problems.endBeforeStart'),
  overlap: (t) => t('serviceSetup.week.problems.overlap'),
};

/**
 * Working periods per weekday, several a day (a lunch break is two periods), typed as HH:mm. Each
 * period's problem shows under it as it is typed (a time that is not one, an end before the start,
 * an overlap with another period of the day); a day without periods is closed.
 */
export function WeekEditor({ value = [], onChange, readOnly }: WeekEditorProps) {
  const { t } = useTranslation();
  const dayName = (weekday: number) => WEEKDAY_NAMES[weekday]?.(t) ?? String(weekday);
  const setDay = (weekday: number, periods: PeriodDraft[]) => onChange?.(value.map((d) => (d.weekday === weekday ? { ...d, periods } : d)));

  return (
    <Flex vertical gap={12} data-testid="week-editor">
      {value.map((day) => {
        const problems = periodProblems(day.periods);
        return (
          <Flex key={day.weekday} gap={12} wrap align="flex-start" role="group" aria-label={dayName(day.weekday)} data-testid={`weekday-${day.weekday}`}>
            <Typography.Text strong style={{ width: 96, paddingTop: 5 }}>
              {dayName(day.weekday)}
            </Typography.Text>
            <Flex vertical gap={8} style={{ flex: '1 1 240px' }}>
              {!day.periods.length ? (
                <Typography.Text type="secondary" style={{ paddingTop: 5 }} data-testid="weekday-closed">
                  {t('serviceSetup.week.closed')}
                </Typography.Text>
              ) : null}
              {day.periods.map((p, i) => {
                const problem = problems[i];
                const errorId = `period-${day.weekday}-${i}-error`;
                const label = (edge: 'start' | 'end') => EDGE_LABELS[edge](t, dayName(day.weekday), i + 1);
                const field = (edge: 'start' | 'end') => {
                  const bad = problem === 'startFormat' ? edge === 'start' : !!problem && edge === 'end';
                  return (
                    <Input
                      value={p[edge]}
                      placeholder={edge === 'start' ? '09:00' : '18:00'}
                      inputMode="numeric"
                      maxLength={5}
                      readOnly={readOnly}
                      aria-label={label(edge)}
                      aria-invalid={bad || undefined}
                      aria-describedby={problem ? errorId : undefined}
                      status={bad ? 'error' : undefined}
                      style={{ width: 80 }}
                      onChange={(e) => setDay(day.weekday, day.periods.map((x, k) => (k === i ? { ...x, [edge]: e.target.value } : x)))}
                      data-testid={`period-${day.weekday}-${i}-${edge}`}
                    />
                  );
                };
                return (
                  <Flex key={i} vertical gap={2}>
                    <Flex gap={8} align="center">
                      {field('start')}
                      <span aria-hidden>–</span>
                      {field('end')}
                      {!readOnly ? (
                        <Button
                          type="text"
                          icon={<DeleteOutlined />}
                          aria-label={t('serviceSetup.week.removePeriod', { day: dayName(day.weekday), n: i + 1 })}
                          onClick={() => setDay(day.weekday, day.periods.filter((_, k) => k !== i))}
                          data-testid={`period-${day.weekday}-${i}-remove`}
                        />
                      ) : null}
                    </Flex>
                    {problem ? (
                      <Typography.Text type="danger" id={errorId} role="alert" data-testid={`period-${day.weekday}-${i}-error`}>
                        {PROBLEM_TEXT[problem](t)}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                );
              })}
              {!readOnly ? (
                <div>
                  <Button
                    size="small"
                    icon={<PlusOutlined />}
                    onClick={() => setDay(day.weekday, [...day.periods, nextPeriod(day.periods)])}
                    aria-label={t('serviceSetup.week.addPeriodTo', { day: dayName(day.weekday) })}
                    data-testid={`period-${day.weekday}-add`}
                  >
                    {t('serviceSetup.week.addPeriod')}
                  </Button>
                </div>
              ) : null}
            </Flex>
          </Flex>
        );
      })}
    </Flex>
  );
}

/**
 * A new period: the office's usual day when the day was closed; after a period, one starting an hour
 * after it ends (the lunch break) and lasting up to four hours, for the person to adjust; empty
 * when the day has no room left.
 */
function nextPeriod(periods: PeriodDraft[]): PeriodDraft {
  if (!periods.length) return { start: '09:00', end: '18:00' };
  const lastEnd = Math.max(...periods.map((p) => clockToMinutes(p.end) ?? 0));
  const start = lastEnd + 60;
  if (start >= 24 * 60) return { start: '', end: '' };
  return { start: minutesToClock(start), end: minutesToClock(Math.min(start + 240, 24 * 60)) };
}
