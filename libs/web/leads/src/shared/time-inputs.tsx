import { CheckboxGroupField, fieldControlProps, type FieldControlProps } from '@rapport/web-ui';
import { Checkbox, Select, type SelectProps } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, weekdayLabel } from './intake-labels';

/** "09:30" for 570 minutes after midnight; 1440 reads "24:00" (end of day). */
export function minutesToClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const STEP = 30;

/** What a Form.Item (or the caller) hands one of these selects. */
type SelectFieldProps<V> = FieldControlProps & { value?: V; onChange?: (v: V) => void; disabled?: boolean; 'data-testid'?: string };

/** A select of the options given, searched by their label; only the field's id and aria props reach the input. */
function SearchedSelect<V extends string | number>({
  value,
  onChange,
  disabled,
  'data-testid': testId,
  options,
  placeholder,
  style,
  ...field
}: SelectFieldProps<V> & Pick<SelectProps<V>, 'options' | 'placeholder' | 'style'>) {
  return (
    <Select<V>
      {...fieldControlProps(field)}
      value={value}
      onChange={onChange}
      options={options}
      disabled={disabled}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder}
      data-testid={testId}
      style={style}
    />
  );
}

/**
 * Time of day as minutes after midnight, in half hours (a working day may end at 24:00, which a
 * clock picker cannot show). A value off the half-hour grid stays selectable.
 */
export function MinuteOfDaySelect({ max = 1440, min = 0, ...props }: SelectFieldProps<number> & { min?: number; max?: number }) {
  const { value } = props;
  const options = useMemo(() => {
    const values = new Set<number>();
    for (let m = min; m <= max; m += STEP) values.add(m);
    if (value !== undefined) values.add(value);
    return [...values].sort((a, b) => a - b).map((m) => ({ value: m, label: minutesToClock(m) }));
  }, [min, max, value]);
  return <SearchedSelect<number> {...props} options={options} style={{ width: 110 }} />;
}

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'UTC'];
  }
}

/** IANA time zones (the API checks the name), searchable. */
export function TimeZoneSelect(props: SelectFieldProps<string>) {
  const { t } = useTranslation();
  const { value } = props;
  const options = useMemo(() => {
    const zones = timeZones();
    const all = value && !zones.includes(value) ? [value, ...zones] : zones;
    return all.map((z) => ({ value: z, label: z }));
  }, [value]);
  return <SearchedSelect<string> {...props} options={options} placeholder={t('intake.common.timeZone')} style={{ minWidth: 220 }} />;
}

/** ISO weekdays 1–7 as checkboxes, Monday first; `aria-label` names the group (the field's label). */
export function WeekdayPicker({
  value,
  onChange,
  disabled,
  'data-testid': testId,
  ...field
}: FieldControlProps & { value?: number[]; onChange?: (v: number[]) => void; disabled?: boolean; 'data-testid'?: string }) {
  const { t } = useTranslation();
  return (
    <CheckboxGroupField
      {...fieldControlProps(field)}
      value={value}
      onChange={(v) => onChange?.([...(v as number[])].sort((a, b) => a - b))}
      disabled={disabled}
      data-testid={testId}
    >
      {WEEKDAYS.map((d) => (
        <Checkbox key={d} value={d} data-testid={testId ? `${testId}-${d}` : undefined}>
          {weekdayLabel(t, d)}
        </Checkbox>
      ))}
    </CheckboxGroupField>
  );
}

/** The day names joined, for tables. */
export const weekdaysText = (t: TFunction, days: readonly number[]): string => days.map((d) => weekdayLabel(t, d)).join(t('intake.common.listSeparator'));
