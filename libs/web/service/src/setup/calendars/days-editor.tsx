import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DATE_FORMAT, EmptyState } from '@rapport/web-ui';
import { Button, DatePicker, Flex, Input, theme, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDay, type CalendarDayDraft } from './calendar-model';

export interface DaysEditorProps {
  /** `holidays` (days off) or `workdays` (make-up working days): the words and test ids. */
  kind: 'holidays' | 'workdays';
  value?: CalendarDayDraft[];
  onChange?: (days: CalendarDayDraft[]) => void;
  /** Dates in the other list: a day cannot be both off and worked. */
  otherDates: ReadonlySet<string>;
  /** The API's problems, by position in `value` (they come with the list as it was sent). */
  errors?: ReadonlyMap<number, string>;
  readOnly?: boolean;
}

// Each list's own words, one literal key each, so the key check sees them.
type Label = (t: TFunction) => string;
const WORDS: Record<DaysEditorProps['kind'], Record<'title' | 'empty' | 'inOther' | 'namePlaceholder' | 'add', Label>> = {
  holidays: {
    title: (t) => t('serviceSetup.days.holidaysTitle'),
    empty: (t) => t('serviceSetup.days.empty.holidays'),
    inOther: (t) => t('serviceSetup.days.inOther.holidays'),
    namePlaceholder: (t) => t('serviceSetup.days.namePlaceholder.holidays'),
    add: (t) => t('serviceSetup.days.add.holidays'),
  },
  workdays: {
    title: (t) => t('serviceSetup.days.workdaysTitle'),
    empty: (t) => t('serviceSetup.days.empty.workdays'),
    inOther: (t) => t('serviceSetup.days.inOther.workdays'),
    namePlaceholder: (t) => t('serviceSetup.days.namePlaceholder.workdays'),
    add: (t) => t('serviceSetup.days.add.workdays'),
  },
};

/**
 * A list of dated days (days off, or make-up working days) in date order: each removable, and a
 * date + name row to add one. A date already in this list or in the other one is refused on the spot.
 */
export function DaysEditor({ kind, value = [], onChange, otherDates, errors, readOnly }: DaysEditorProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState<Dayjs | null>(null);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string>();
  const problemId = useId();
  const { token } = theme.useToken();
  const words = WORDS[kind];

  const add = () => {
    if (!date) return setProblem(t('serviceSetup.days.pickDate'));
    const day = date.format(DATE_FORMAT);
    if (otherDates.has(day)) return setProblem(words.inOther(t));
    const next = addDay(value, { date: day, name: name.trim() });
    if (!next) return setProblem(t('serviceSetup.days.listed'));
    onChange?.(next);
    setDate(null);
    setName('');
    setProblem(undefined);
  };

  return (
    <Flex vertical gap={12} data-testid={`${kind}-editor`}>
      {!value.length ? (
        <EmptyState compact description={<span data-testid={`${kind}-empty`}>{words.empty(t)}</span>} />
      ) : (
        <ul
          style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 360, overflowY: 'auto', border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius }}
          // A long list scrolls: keyboard users reach it to scroll it.
          tabIndex={0}
          aria-label={words.title(t)}
          data-testid={`${kind}-list`}
        >
          {value.map((d, i) => (
            <li key={`${i}:${d.date}`} style={{ padding: '4px 12px', borderTop: i ? `1px solid ${token.colorBorderSecondary}` : undefined }} data-testid={`${kind}-day`}>
              <Flex justify="space-between" align="center" gap={8}>
                <Flex vertical>
                  <span>
                    <Typography.Text strong>{d.date}</Typography.Text> {d.name}
                  </span>
                  {errors?.get(i) ? (
                    <Typography.Text type="danger" role="alert">
                      {errors.get(i)}
                    </Typography.Text>
                  ) : null}
                </Flex>
                {!readOnly ? (
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('serviceSetup.days.remove', { date: d.date, name: d.name })}
                    onClick={() => onChange?.(value.filter((_, k) => k !== i))}
                    data-testid={`${kind}-remove-${d.date}`}
                  />
                ) : null}
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {!readOnly ? (
        <Flex vertical gap={4}>
          <Flex gap={8} wrap>
            <DatePicker
              value={date}
              onChange={(d) => setDate(d)}
              aria-label={t('serviceSetup.days.date')}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? problemId : undefined}
              status={problem ? 'error' : undefined}
              data-testid={`${kind}-date`}
            />
            <Input
              value={name}
              onChange={(e) => setName(e.target.value)}
              onPressEnter={add}
              placeholder={words.namePlaceholder(t)}
              aria-label={t('serviceSetup.days.name')}
              maxLength={80}
              style={{ flex: '1 1 160px', maxWidth: 320 }}
              data-testid={`${kind}-name`}
            />
            <Button icon={<PlusOutlined />} onClick={add} data-testid={`${kind}-add`}>
              {words.add(t)}
            </Button>
          </Flex>
          {problem ? (
            <Typography.Text type="danger" id={problemId} role="alert" data-testid={`${kind}-problem`}>
              {problem}
            </Typography.Text>
          ) : null}
        </Flex>
      ) : null}
    </Flex>
  );
}
