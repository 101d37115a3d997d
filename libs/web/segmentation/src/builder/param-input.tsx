import { DatePicker, Input, InputNumber, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { choiceLabel } from '../rule/condition-labels';
import { useBuilder, type ConditionParamSpec } from './builder-context';

export interface ParamInputProps {
  spec: ConditionParamSpec;
  value: unknown;
  onChange: (value: unknown) => void;
  /** The input's accessible name ("Minimum", "Mailings"…). */
  label: string;
  id: string;
  testId: string;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * One parameter of a condition, by its declared type (the catalogue's `type`): numbers with their
 * bounds, text, a date (kept as YYYY-MM-DD), a choice, several choices, an id or ids (other
 * segments from a list; any other lookup takes pasted ids), yes/no, or JSON typed as text.
 */
export function ParamInput({ spec, value, onChange, label, id, testId, invalid, describedBy }: ParamInputProps) {
  const { t } = useTranslation();
  const { segments } = useBuilder();
  const common = { id, 'aria-label': label, 'data-testid': testId, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy, status: invalid ? ('error' as const) : undefined };
  const choices = (spec.choices ?? []).map((c) => ({ value: c, label: choiceLabel(t, spec.name, c) }));
  const lookupOptions = spec.lookup === 'segment' ? segments : null;

  switch (spec.type) {
    case 'integer':
    case 'number':
      return (
        <InputNumber<number>
          {...common}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
          min={spec.min ?? undefined}
          max={spec.max ?? undefined}
          precision={spec.type === 'integer' ? 0 : undefined}
          style={{ width: 140 }}
        />
      );
    case 'date':
      return (
        <DatePicker
          {...common}
          value={typeof value === 'string' && value ? dayjs(value) : null}
          onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : undefined)}
          style={{ width: 160 }}
        />
      );
    case 'choice':
      return <Select<string> {...common} value={typeof value === 'string' ? value : undefined} onChange={onChange} options={choices} allowClear={!spec.required} style={{ minWidth: 160 }} />;
    case 'choices':
      return (
        <Select<string[]>
          {...common}
          mode="multiple"
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={onChange}
          options={choices}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('segments.builder.pickSome')}
          style={{ minWidth: 220 }}
        />
      );
    case 'id':
      return lookupOptions ? (
        <Select<string>
          {...common}
          value={typeof value === 'string' ? value : undefined}
          onChange={onChange}
          options={[...lookupOptions]}
          showSearch={{ optionFilterProp: 'label' }}
          allowClear={!spec.required}
          placeholder={t('segments.builder.pickSegment')}
          notFoundContent={t('segments.builder.noSegments')}
          style={{ minWidth: 220 }}
        />
      ) : (
        <Input {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} placeholder={t('segments.builder.idPlaceholder')} style={{ width: 320, maxWidth: '100%' }} />
      );
    case 'ids':
      return (
        <Select<string[]>
          {...common}
          mode={lookupOptions ? 'multiple' : 'tags'}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={onChange}
          options={lookupOptions ? [...lookupOptions] : []}
          showSearch={lookupOptions ? { optionFilterProp: 'label' } : undefined}
          tokenSeparators={lookupOptions ? undefined : [',', ' ', '\n']}
          placeholder={lookupOptions ? t('segments.builder.pickSegment') : t('segments.builder.idsPlaceholder')}
          open={lookupOptions ? undefined : false}
          style={{ minWidth: 260, maxWidth: '100%' }}
        />
      );
    case 'boolean':
      return <Switch id={id} aria-label={label} data-testid={testId} checked={value === true} onChange={onChange} />;
    default:
      // `json` (and any type a later domain adds): typed as text, sent as JSON when it reads as JSON.
      return (
        <Input
          {...common}
          value={typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)}
          onChange={(e) => {
            const text = e.target.value;
            try {
              onChange(text.trim() ? JSON.parse(text) : undefined);
            } catch {
              onChange(text);
            }
          }}
          style={{ width: 240 }}
        />
      );
  }
}
