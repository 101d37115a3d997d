import type { FieldControlProps } from '@rapport/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { IdSelect } from './id-select';

/** The IANA time zones the browser knows (Asia/Shanghai, America/New_York…), the ones Chinese offices use most first. */
function timeZones(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const first = ['Asia/Shanghai', 'Asia/Taipei', 'Asia/Hong_Kong', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'America/New_York', 'UTC'];
  return [...first.filter((z) => all.includes(z) || z === 'UTC'), ...all.filter((z) => !first.includes(z))];
}

export interface TimeZoneSelectProps extends FieldControlProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  'data-testid'?: string;
}

/** Picks a time zone by its IANA name, searchable ("shang", "york"); clearing it means "not known". */
export function TimeZoneSelect(props: TimeZoneSelectProps) {
  const { t } = useTranslation();
  const { value } = props;
  const options = useMemo(() => {
    const zones = timeZones();
    // A stored zone this browser does not list still shows as chosen.
    return (value && !zones.includes(value) ? [value, ...zones] : zones).map((z) => ({ value: z, label: z.replace(/_/g, ' ') }));
  }, [value]);
  return <IdSelect {...props} options={options} allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('recordForm.none')} style={{ width: '100%' }} />;
}
