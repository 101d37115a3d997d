import { useMutation } from '@apollo/client/react';
import {
  DefineCustomFieldDocument,
  UpdateCustomFieldDocument,
  type CustomFieldDefinitionFieldsFragment,
  type CustomFieldType,
  type CustomizableObject,
} from '@rapport/web-data-access';
import { App, Col, Form, Input, InputNumber, Row, Select, Switch, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { customValuesOf } from '@rapport/web-core';
import { FormModal, useFormModal } from '@rapport/web-core';
import { ALL_CUSTOM_FIELD_TYPES, customFieldTypeLabel, customizableObjectLabel, hasOptions } from '@rapport/web-core';

interface FieldFormValues {
  label: string;
  labelZhCN?: string;
  labelZhTW?: string;
  key: string;
  type: CustomFieldType;
  options?: string[];
  /** Option value → its translations (docs/adr/0010). */
  optionLabels?: Record<string, { 'zh-CN'?: string; 'zh-TW'?: string }>;
  required?: boolean;
  position?: number | null;
}

/** The option translations to send: those of the options kept, trimmed, empty ones left out. */
export function optionLabelsFromForm(options: readonly string[], form: FieldFormValues['optionLabels']): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const option of options) {
    const labels: Record<string, string> = {};
    for (const locale of ['zh-CN', 'zh-TW'] as const) {
      const text = form?.[option]?.[locale]?.trim();
      if (text) labels[locale] = text;
    }
    if (Object.keys(labels).length) out[option] = labels;
  }
  return out;
}

const FORM_FIELDS = ['label', 'labels', 'key', 'type', 'options', 'optionLabels', 'required', 'position'] as const;
// Same rule as the API: lower-case letters, digits and _, starting with a letter.
const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** A key suggestion from an English label ("Renewal date" → renewal_date); empty for other scripts. */
export function keyFromLabel(label: string): string {
  const key = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 40);
  return KEY_PATTERN.test(key) ? key : '';
}

export interface CustomFieldFormModalProps {
  open: boolean;
  objectType: CustomizableObject;
  /** The field being edited; undefined to define a new one. */
  field?: CustomFieldDefinitionFieldsFragment;
  /** Where a new field goes by default: after the others. */
  nextPosition: number;
  onClose: () => void;
}

/** Defines a field, or edits one. Key and type are fixed once defined (stored values depend on them). */
export function CustomFieldFormModal({ open, objectType, field, nextPosition, onClose }: CustomFieldFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refetchQueries = ['CustomFieldDefinitions'];
  const [define, defining] = useMutation(DefineCustomFieldDocument, { refetchQueries });
  const [update, updating] = useMutation(UpdateCustomFieldDocument, { refetchQueries });
  const loading = defining.loading || updating.loading;
  const editing = Boolean(field);

  const submit = async (v: FieldFormValues) => {
    const labels: Record<string, string> = {};
    if (v.labelZhCN?.trim()) labels['zh-CN'] = v.labelZhCN.trim();
    if (v.labelZhTW?.trim()) labels['zh-TW'] = v.labelZhTW.trim();
    const options = hasOptions(v.type) ? (v.options ?? []).map((o) => o.trim()).filter(Boolean) : [];
    // Sent only for picklists: their translations replace the stored ones.
    const translated = hasOptions(v.type) ? { optionLabels: optionLabelsFromForm(options, v.optionLabels) } : {};
    if (field) {
      await update({
        variables: { input: { id: field.id, label: v.label.trim(), labels, options, ...translated, required: Boolean(v.required), position: v.position ?? undefined } },
      });
    } else {
      await define({
        variables: {
          input: { objectType, key: v.key, label: v.label.trim(), labels, type: v.type, options, ...translated, required: Boolean(v.required), position: v.position ?? undefined },
        },
      });
    }
    void message.success(t('customFields.savedNamed', { name: v.label.trim() }));
    onClose();
  };
  const { firstField, form, modal } = useFormModal<FieldFormValues>({ open, onClose, fields: FORM_FIELDS, rename: { labels: 'label' }, submit });
  const type = Form.useWatch('type', form);
  const currentOptions = Form.useWatch('options', form);
  useEffect(() => {
    if (!open) return;
    const labels = customValuesOf(field?.labels);
    form.setFieldsValue(
      field
        ? {
            label: field.label,
            labelZhCN: typeof labels['zh-CN'] === 'string' ? labels['zh-CN'] : undefined,
            labelZhTW: typeof labels['zh-TW'] === 'string' ? labels['zh-TW'] : undefined,
            key: field.key,
            type: field.type,
            options: field.options,
            optionLabels: customValuesOf(field.optionLabels) as FieldFormValues['optionLabels'],
            required: field.required,
            position: field.position,
          }
        : { type: 'TEXT', required: false, options: [], position: nextPosition },
    );
  }, [open, field, form, nextPosition]);

  return (
    <FormModal
      {...modal}
      title={editing ? t('customFields.editTitle', { name: field?.label ?? '' }) : t('customFields.createTitle', { object: customizableObjectLabel(t, objectType) })}
      width={640}
      submitLabel={t('common.save')}
      submitTestId="cf-def-submit"
      loading={loading}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item
            name="label"
            label={t('customFields.fields.label')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 80, message: t('validation.maxLength', { max: 80 }) },
            ]}
          >
            <Input
              ref={firstField}
              autoComplete="off"
              data-testid="cf-def-label"
              onBlur={(e) => {
                if (!editing && !form.getFieldValue('key')) form.setFieldsValue({ key: keyFromLabel(e.target.value) });
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="labelZhCN" label={t('customFields.fields.labelZhCN')} rules={[{ max: 80, message: t('validation.maxLength', { max: 80 }) }]}>
            <Input autoComplete="off" data-testid="cf-def-label-zh-cn" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="labelZhTW" label={t('customFields.fields.labelZhTW')} rules={[{ max: 80, message: t('validation.maxLength', { max: 80 }) }]}>
            <Input autoComplete="off" data-testid="cf-def-label-zh-tw" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="key"
            label={t('customFields.fields.key')}
            extra={editing ? t('customFields.fields.keyFixed') : t('customFields.fields.keyHint')}
            rules={[
              { required: true, message: t('validation.required') },
              { pattern: KEY_PATTERN, message: t('customFields.fields.keyInvalid') },
            ]}
          >
            <Input autoComplete="off" disabled={editing} data-testid="cf-def-key" style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="type" label={t('customFields.fields.type')} extra={editing ? t('customFields.fields.typeFixed') : undefined}>
            <Select<CustomFieldType>
              disabled={editing}
              options={ALL_CUSTOM_FIELD_TYPES.map((v) => ({ value: v, label: customFieldTypeLabel(t, v) }))}
              data-testid="cf-def-type"
            />
          </Form.Item>
        </Col>
        {hasOptions(type) ? (
          <Col span={24}>
            <Form.Item
              name="options"
              label={t('customFields.fields.options')}
              extra={t('customFields.fields.optionsHint')}
              rules={[{ type: 'array', min: 1, message: t('customFields.fields.optionsRequired') }]}
            >
              <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，']} data-testid="cf-def-options" />
            </Form.Item>
          </Col>
        ) : null}
        {hasOptions(type) && currentOptions?.length ? <OptionLabelItems options={currentOptions} /> : null}
        <Col xs={12} md={12}>
          <Form.Item name="required" label={t('customFields.fields.required')} valuePropName="checked" extra={t('customFields.fields.requiredHint')}>
            <Switch data-testid="cf-def-required" />
          </Form.Item>
        </Col>
        <Col xs={12} md={12}>
          <Form.Item name="position" label={t('customFields.fields.position')} extra={t('customFields.fields.positionHint')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="cf-def-position" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

/** One row per option: the option, then its Simplified and Traditional Chinese labels (docs/adr/0010). */
function OptionLabelItems({ options }: { options: readonly string[] }) {
  const { t } = useTranslation();
  const max = { max: 80, message: t('validation.maxLength', { max: 80 }) };
  return (
    <Col span={24} data-testid="cf-def-option-labels">
      <Typography.Text strong>{t('names.options.title')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('names.options.hint')}
      </Typography.Paragraph>
      {options.map((option) => (
        <Row gutter={8} key={option} align="middle">
          <Col xs={24} md={6} style={{ paddingBottom: 24 }}>
            <Tag>{option}</Tag>
          </Col>
          {(['zh-CN', 'zh-TW'] as const).map((locale) => (
            <Col xs={12} md={9} key={locale}>
              <Form.Item name={['optionLabels', option, locale]} rules={[max]}>
                <Input
                  autoComplete="off"
                  lang={locale}
                  placeholder={t(locale === 'zh-CN' ? 'names.columns.zhCN' : 'names.columns.zhTW')}
                  aria-label={t(locale === 'zh-CN' ? 'names.options.zhCN' : 'names.options.zhTW', { option })}
                  data-testid={`cf-def-option-${option}-${locale}`}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
      ))}
    </Col>
  );
}
