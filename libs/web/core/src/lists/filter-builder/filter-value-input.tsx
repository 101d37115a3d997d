import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { UserSelect } from '../../pickers/user-select';
import { takesValue, type FilterFieldDef, type FilterOp, type FilterValue } from './filter-model';

export interface FilterValueInputProps {
  field: FilterFieldDef;
  op: FilterOp;
  value: FilterValue | undefined;
  onChange: (value: FilterValue) => void;
  /** Accessible name: "Value for <field>". */
  label: string;
  testId: string;
}

/** The value part of a condition, typed by the field (dates are kept as YYYY-MM-DD). */
export function FilterValueInput({ field, op, value, onChange, label, testId }: FilterValueInputProps) {
  const { t } = useTranslation();
  if (!takesValue(op)) return null;
  const common = { 'aria-label': label, 'data-testid': testId };
  switch (field.kind) {
    case 'number':
      return (
        <InputNumber
          {...common}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => onChange(typeof v === 'number' ? v : null)}
          style={{ width: 160 }}
        />
      );
    case 'date':
    case 'datetime':
      return (
        <DatePicker
          {...common}
          value={typeof value === 'string' && value ? dayjs(value) : null}
          onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
          style={{ width: 160 }}
        />
      );
    case 'select':
    case 'multiSelect':
      return (
        <Select<string[]>
          {...common}
          mode="multiple"
          allowClear
          value={Array.isArray(value) ? value : []}
          onChange={(v) => onChange(v)}
          options={field.options ?? []}
          optionFilterProp="label"
          placeholder={t('filters.pickValues')}
          style={{ minWidth: 200 }}
        />
      );
    case 'user':
      return (
        <div style={{ minWidth: 220 }}>
          <UserSelect
            multiple
            activeOnly={false}
            value={Array.isArray(value) ? value : []}
            onChange={(v) => onChange(v)}
            aria-label={label}
            data-testid={testId}
          />
        </div>
      );
    default:
      return (
        <Input
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          placeholder={t('filters.enterValue')}
          style={{ width: 200 }}
        />
      );
  }
}
