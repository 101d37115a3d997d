import { Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch, type FormItemProps, type InputRef } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PicklistSelect } from '../pickers/picklist-select';
import { TimeZoneSelect } from '../pickers/time-zone-select';
import { enumLabelKey, formRulesOf, recordFields, isFormWidget, type CatalogueField, type FormMode, type RecordTypeName } from './record-catalogue';

/**
 * The control for one catalogue field. Form.Item hands its direct child value, onChange (or
 * checked), the id its label points at and the aria state: all of it goes on to the real input.
 */
function FieldInput({ type, field, inputRef, ...control }: { type: RecordTypeName; field: CatalogueField; inputRef?: Ref<InputRef> } & Record<string, unknown>) {
  const { t } = useTranslation();
  const testId = `${type}-${field.name}`;
  // A field kept by a configured list (industry, territory) picks from it, in the reader's language.
  if (field.picklist) return <PicklistSelect {...control} list={field.picklist} data-testid={testId} />;
  switch (field.widget) {
    case 'timeZone':
      return <TimeZoneSelect {...control} data-testid={testId} />;
    case 'select':
      return (
        <Select<string>
          {...control}
          allowClear={!field.required}
          // An optional select left empty says so, rather than showing a blank box.
          placeholder={field.required ? undefined : t('recordForm.none')}
          options={field.enumValues.map((v) => ({ value: v.toUpperCase(), label: t(enumLabelKey(field.enumName ?? '', v)) }))}
          data-testid={testId}
        />
      );
    case 'number':
      return <InputNumber {...control} min={field.min ?? undefined} precision={field.type === 'integer' ? 0 : undefined} style={{ width: '100%' }} data-testid={testId} />;
    case 'money':
      return <InputNumber {...control} min={field.min ?? undefined} precision={2} style={{ width: '100%' }} data-testid={testId} />;
    case 'textarea':
      return <Input.TextArea {...control} autoSize={{ minRows: 2, maxRows: 8 }} data-testid={testId} />;
    case 'date':
      return <DatePicker {...control} style={{ width: '100%' }} data-testid={testId} />;
    case 'switch':
      return <Switch {...control} data-testid={testId} />;
    default:
      return (
        <Input
          {...control}
          ref={inputRef}
          autoComplete="off"
          type={field.type === 'phone' ? 'tel' : field.type === 'email' ? 'email' : 'text'}
          placeholder={field.type === 'url' ? 'https://' : undefined}
          data-testid={testId}
        />
      );
  }
}

/**
 * A control the page supplies for a field the generic form cannot render (a record picker, a
 * select fed by another query) or renders too plainly (a currency code). It stands where the field
 * stands in the definition, under the field's label and the API's rules plus `rules`.
 */
export interface FieldControl {
  control: ReactNode;
  rules?: Rule[];
  extra?: ReactNode;
  normalize?: FormItemProps['normalize'];
}

/**
 * A record type's editable fields as form items, from the catalogue: the create dialog and the
 * record page's edit mode share them, so a field added to the definition appears in both.
 * `firstField` focuses the first text input when a dialog opens. In `update` mode, fields fixed once
 * the record exists (create-only) are left out, whatever `controls` offers for them.
 */
export function RecordFormItems({
  type,
  mode = 'create',
  firstField,
  controls = {},
}: {
  type: RecordTypeName;
  mode?: FormMode;
  firstField?: Ref<InputRef>;
  controls?: Record<string, FieldControl>;
}) {
  const { t } = useTranslation();
  const fields = recordFields(type).filter((f) => (mode === 'create' ? f.creatable : f.updatable) && (f.name in controls || isFormWidget(f)));
  const firstText = fields.find((f) => f.widget === 'input' && !(f.name in controls))?.name;
  return (
    <Row gutter={16}>
      {fields.map((f) => {
        const own = controls[f.name];
        return (
          <Col xs={24} md={f.widget === 'textarea' ? 24 : 12} key={f.name}>
            <Form.Item
              name={f.name}
              label={f.label ? t(f.label) : f.title}
              rules={[...formRulesOf(f, t), ...(own?.rules ?? [])]}
              valuePropName={f.widget === 'switch' && !own ? 'checked' : 'value'}
              extra={own?.extra}
              normalize={own?.normalize}
            >
              {own ? own.control : <FieldInput type={type} field={f} inputRef={f.name === firstText ? firstField : undefined} />}
            </Form.Item>
          </Col>
        );
      })}
    </Row>
  );
}
