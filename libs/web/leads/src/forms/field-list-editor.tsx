import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Select, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../shared/intake-labels';
import { moveItem } from '../shared/list-order';
import { unusedKeys, type FormFieldValue } from './web-form-model';

export interface FieldListEditorProps {
  value?: FormFieldValue[];
  onChange?: (fields: FormFieldValue[]) => void;
  disabled?: boolean;
}

/**
 * The form's fields in order: the label people see, required or not, move up/down, remove, and
 * "Add field" with the lead fields not on the form yet. A form control for `Form.Item`.
 */
export function FieldListEditor({ value = [], onChange, disabled }: FieldListEditorProps) {
  const { t } = useTranslation();
  const set = (next: FormFieldValue[]) => onChange?.(next);
  const update = (i: number, patch: Partial<FormFieldValue>) => set(value.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const available = unusedKeys(value);

  return (
    <Flex vertical gap={8} data-testid="webform-fields">
      {value.map((f, i) => (
        <Flex key={f.key} gap={8} align="center" wrap data-testid={`webform-field-${f.key}`}>
          <Typography.Text style={{ width: 130 }} type="secondary">
            {fieldLabel(t, f.key)}
          </Typography.Text>
          <Input
            value={f.label}
            onChange={(e) => update(i, { label: e.target.value })}
            disabled={disabled}
            maxLength={100}
            status={f.label.trim() ? undefined : 'error'}
            aria-label={t('intake.forms.fieldLabelFor', { field: fieldLabel(t, f.key) })}
            style={{ flex: '1 1 180px', minWidth: 160 }}
            data-testid={`webform-field-label-${f.key}`}
          />
          <Checkbox checked={f.required} onChange={(e) => update(i, { required: e.target.checked })} disabled={disabled} data-testid={`webform-field-required-${f.key}`}>
            {t('intake.forms.required')}
          </Checkbox>
          <Flex gap={4}>
            <Tooltip title={t('intake.common.moveUp')}>
              <Button
                size="small"
                icon={<ArrowUpOutlined />}
                disabled={disabled || i === 0}
                onClick={() => set(moveItem(value, i, i - 1))}
                aria-label={t('intake.forms.moveFieldUp', { field: f.label || fieldLabel(t, f.key) })}
                data-testid={`webform-field-up-${f.key}`}
              />
            </Tooltip>
            <Tooltip title={t('intake.common.moveDown')}>
              <Button
                size="small"
                icon={<ArrowDownOutlined />}
                disabled={disabled || i === value.length - 1}
                onClick={() => set(moveItem(value, i, i + 1))}
                aria-label={t('intake.forms.moveFieldDown', { field: f.label || fieldLabel(t, f.key) })}
                data-testid={`webform-field-down-${f.key}`}
              />
            </Tooltip>
            <Tooltip title={t('intake.common.remove')}>
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                disabled={disabled || value.length === 1}
                onClick={() => set(value.filter((_, j) => j !== i))}
                aria-label={t('intake.forms.removeField', { field: f.label || fieldLabel(t, f.key) })}
                data-testid={`webform-field-remove-${f.key}`}
              />
            </Tooltip>
          </Flex>
        </Flex>
      ))}
      {available.length > 0 && !disabled ? (
        <Select<string>
          value={null}
          placeholder={
            <span>
              <PlusOutlined /> {t('intake.forms.addField')}
            </span>
          }
          options={available.map((k) => ({ value: k, label: fieldLabel(t, k), 'data-testid': `webform-add-${k}` }))}
          onChange={(key) => key && set([...value, { key, label: fieldLabel(t, key), required: false }])}
          aria-label={t('intake.forms.addField')}
          style={{ maxWidth: 260 }}
          data-testid="webform-field-add"
        />
      ) : null}
    </Flex>
  );
}
