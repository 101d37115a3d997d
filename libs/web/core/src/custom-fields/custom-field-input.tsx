import { fieldControlProps, type FieldControlProps } from '@rapport/web-ui';
import { Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CURRENCY, type CustomFieldDef, type CustomFormValue } from './custom-field-values';
import { useCustomFieldText } from './use-custom-fields';

type MoneyForm = { amount?: number | null; currency?: string };

/** Form.Item sets the id (its label points at the control) and the aria state of the field. */
export interface CustomFieldControlProps extends FieldControlProps {
  def: CustomFieldDef;
  value?: CustomFormValue;
  onChange?: (value: CustomFormValue) => void;
  autoFocus?: boolean;
}

/** The typed input for one custom field; Form.Item feeds it value/onChange like any antd input. */
export function CustomFieldControl({ def, value, onChange, autoFocus, ...field }: CustomFieldControlProps) {
  const { t } = useTranslation();
  const { option } = useCustomFieldText();
  const testId = `cf-input-${def.key}`;
  const common = { ...fieldControlProps(field), autoFocus, 'data-testid': testId };
  switch (def.type) {
    case 'NUMBER':
      return <InputNumber {...common} value={value as number | null} onChange={(v) => onChange?.(v)} style={{ width: '100%' }} />;
    case 'DATE':
      return <DatePicker {...common} value={(value as Dayjs | null | undefined) ?? null} onChange={(d) => onChange?.(d)} style={{ width: '100%' }} />;
    case 'BOOLEAN':
      return <Switch {...common} checked={value === true} onChange={(v) => onChange?.(v)} />;
    case 'SELECT':
      return (
        <Select<string>
          {...common}
          allowClear
          value={(value as string | null | undefined) ?? undefined}
          onChange={(v) => onChange?.(v ?? null)}
          options={def.options.map((o) => ({ value: o, label: option(def, o) }))}
          placeholder={t('customFields.pick')}
        />
      );
    case 'MULTI_SELECT':
      return (
        <Select<string[]>
          {...common}
          mode="multiple"
          allowClear
          value={(value as string[] | undefined) ?? []}
          onChange={(v) => onChange?.(v)}
          options={def.options.map((o) => ({ value: o, label: option(def, o) }))}
          placeholder={t('customFields.pickSeveral')}
        />
      );
    case 'CURRENCY': {
      const money = (value as MoneyForm | null | undefined) ?? {};
      const currency = money.currency ?? DEFAULT_CURRENCY;
      return (
        <Space.Compact style={{ width: '100%' }}>
          <InputNumber
            {...common}
            min={0}
            precision={2}
            value={money.amount ?? null}
            onChange={(amount) => onChange?.({ amount, currency })}
            style={{ width: '100%' }}
          />
          <Input
            aria-label={t('fields.currency')}
            value={currency}
            maxLength={3}
            onChange={(e) => onChange?.({ amount: money.amount ?? null, currency: e.target.value.toUpperCase() })}
            style={{ width: 72 }}
            data-testid={`${testId}-currency`}
          />
        </Space.Compact>
      );
    }
    default:
      return (
        <Input
          {...common}
          autoComplete="off"
          value={(value as string | undefined) ?? ''}
          onChange={(e) => onChange?.(e.target.value)}
          maxLength={2000}
        />
      );
  }
}

/** Validation the API would otherwise do, so mistakes show at once on the field. */
export function customFieldRules(def: CustomFieldDef, t: (key: string) => string) {
  const rules: { validator: (rule: unknown, value: CustomFormValue) => Promise<void> }[] = [];
  if (def.required && def.type !== 'BOOLEAN') {
    rules.push({
      validator: async (_rule, value) => {
        const money = def.type === 'CURRENCY' ? (value as MoneyForm | undefined)?.amount : value;
        const empty = money === undefined || money === null || (typeof money === 'string' && !money.trim()) || (Array.isArray(money) && money.length === 0);
        if (empty) throw new Error(t('validation.required'));
      },
    });
  }
  if (def.type === 'CURRENCY') {
    rules.push({
      validator: async (_rule, value) => {
        const money = value as MoneyForm | undefined;
        if (typeof money?.amount === 'number' && !/^[A-Z]{3}$/.test(money.currency ?? '')) throw new Error(t('validation.currency'));
      },
    });
  }
  return rules;
}

/** Form items for every custom field, under `customFields.<key>` (create dialogs, edit forms). */
export function CustomFieldItems({ definitions }: { definitions: readonly CustomFieldDef[] }) {
  const { t } = useTranslation();
  const { label } = useCustomFieldText();
  if (definitions.length === 0) return null;
  return (
    <Row gutter={16} data-testid="custom-field-items">
      <Col span={24}>
        <Divider plain titlePlacement="start" style={{ marginTop: 0 }}>
          {t('customFields.cardTitle')}
        </Divider>
      </Col>
      {definitions.map((def) => (
        <Col xs={24} md={12} key={def.key}>
          <Form.Item name={['customFields', def.key]} label={label(def)} required={def.required} rules={customFieldRules(def, t)}>
            <CustomFieldControl def={def} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
