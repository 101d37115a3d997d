import { Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch, type InputRef } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabelKey, formFieldsOf, formRulesOf, type CatalogueField, type FormMode, type RecordTypeName } from './record-catalogue';

/**
 * The control for one catalogue field. Form.Item hands its direct child value, onChange (or
 * checked), the id its label points at and the aria state: all of it goes on to the real input.
 */
function FieldInput({ type, field, inputRef, ...control }: { type: RecordTypeName; field: CatalogueField; inputRef?: Ref<InputRef> } & Record<string, unknown>) {
  const { t } = useTranslation();
  const testId = `${type}-${field.name}`;
  switch (field.widget) {
    case 'select':
      return (
        <Select<string>
          {...control}
          allowClear={!field.required}
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
 * A record type's editable fields as form items, from the catalogue: the create dialog and the
 * record page's edit mode share them, so a field added to the definition appears in both.
 * `firstField` focuses the first text input when a dialog opens. In `update` mode, fields fixed once
 * the record exists (create-only) are left out.
 */
export function RecordFormItems({ type, mode = 'create', firstField }: { type: RecordTypeName; mode?: FormMode; firstField?: Ref<InputRef> }) {
  const { t } = useTranslation();
  const fields = formFieldsOf(type, mode);
  const firstText = fields.find((f) => f.widget === 'input')?.name;
  return (
    <Row gutter={16}>
      {fields.map((f) => (
        <Col xs={24} md={f.widget === 'textarea' ? 24 : 12} key={f.name}>
          <Form.Item name={f.name} label={f.label ? t(f.label) : f.title} rules={formRulesOf(f, t)} valuePropName={f.widget === 'switch' ? 'checked' : 'value'}>
            <FieldInput type={type} field={f} inputRef={f.name === firstText ? firstField : undefined} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
