import { CheckOutlined, CloseOutlined, EditOutlined } from '@ant-design/icons';
import type { CustomizableObject } from '@rapport/web-data-access';
import { Alert, Button, Card, Descriptions, Flex, Form, Tag, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../forms/apply-server-errors';
import { NONE } from '../lists/cells';
import { CustomFieldControl, customFieldRules } from './custom-field-input';
import {
  customFieldsFromForm,
  customFieldsToForm,
  type CustomFieldDef,
  type CustomFormValue,
  type CustomValues,
} from './custom-field-values';
import { useCustomFieldDefinitions, useCustomFieldText } from './use-custom-fields';

export interface CustomFieldsCardProps {
  objectType: CustomizableObject;
  values: CustomValues;
  /** Saves a partial `customFields` input; throws the mutation's error so it lands on the field. */
  onSave: (customFields: CustomValues) => Promise<void>;
  canEdit?: boolean;
}

/** A value as people read it: tags for a multi-select, text otherwise. */
export function CustomFieldValueView({ def, value }: { def: CustomFieldDef; value: unknown }) {
  const { text } = useCustomFieldText();
  if (def.type === 'MULTI_SELECT' && Array.isArray(value) && value.length > 0) {
    return (
      <Flex gap={4} wrap>
        {value.map((v) => (
          <Tag key={String(v)}>{String(v)}</Tag>
        ))}
      </Flex>
    );
  }
  return <>{text(def, value) ?? NONE}</>;
}

/** One field switched to its input: Enter (or the tick) saves, Escape cancels. */
function InlineEditor({ def, value, onSave, onDone }: { def: CustomFieldDef; value: unknown; onSave: CustomFieldsCardProps['onSave']; onDone: () => void }) {
  const { t } = useTranslation();
  const { label } = useCustomFieldText();
  const [form] = Form.useForm<{ customFields: Record<string, CustomFormValue> }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const save = async (values: { customFields?: Record<string, CustomFormValue> }) => {
    setSaving(true);
    setError(undefined);
    try {
      await onSave(customFieldsFromForm([def], values.customFields, 'update') ?? {});
      onDone();
    } catch (e) {
      setError(applyServerErrors(form, e, [], t));
    } finally {
      setSaving(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onDone();
    }
  };

  return (
    <div onKeyDown={onKeyDown} style={{ width: '100%' }}>
      <Form
        form={form}
        initialValues={{ customFields: customFieldsToForm([def], { [def.key]: value }) }}
        onFinish={(v) => void save(v)}
        disabled={saving}
        data-testid={`cf-edit-form-${def.key}`}
      >
        <Flex gap="small" align="flex-start">
          <Form.Item name={['customFields', def.key]} rules={customFieldRules(def, t)} style={{ flex: 1, marginBottom: 0 }}>
            <CustomFieldControl def={def} autoFocus aria-label={label(def)} />
          </Form.Item>
          <Button htmlType="submit" type="primary" icon={<CheckOutlined />} loading={saving} aria-label={t('common.save')} data-testid={`cf-save-${def.key}`} />
          <Button icon={<CloseOutlined />} onClick={onDone} aria-label={t('common.cancel')} />
        </Flex>
        {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} /> : null}
      </Form>
    </div>
  );
}

/**
 * The record's admin-defined fields, each editable in place. Shown only when the object has
 * custom fields, so organisations without them see no empty card.
 */
export function CustomFieldsCard({ objectType, values, onSave, canEdit = true }: CustomFieldsCardProps) {
  const { t } = useTranslation();
  const { label } = useCustomFieldText();
  const { definitions, error } = useCustomFieldDefinitions(objectType);
  const [editing, setEditing] = useState<string>();

  if (definitions.length === 0 && !error) return null;
  return (
    <Card size="small" title={t('customFields.cardTitle')} data-testid="custom-fields-card">
      {error ? <Typography.Text type="warning">{t('customFields.loadFailed')}</Typography.Text> : null}
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={definitions.map((def) => ({
          key: def.key,
          label: label(def),
          children:
            editing === def.key ? (
              <InlineEditor def={def} value={values[def.key]} onSave={onSave} onDone={() => setEditing(undefined)} />
            ) : (
              <Flex gap="small" align="center" justify="space-between" style={{ width: '100%' }} data-testid={`cf-value-${def.key}`}>
                <CustomFieldValueView def={def} value={values[def.key]} />
                {canEdit ? (
                  <Button
                    type="text"
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => setEditing(def.key)}
                    aria-label={t('customFields.editNamed', { name: label(def) })}
                    data-testid={`cf-edit-${def.key}`}
                  />
                ) : null}
              </Flex>
            ),
        }))}
      />
    </Card>
  );
}
