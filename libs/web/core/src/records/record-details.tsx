import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../forms/apply-server-errors';

export interface RecordDetailsProps<V extends object> {
  title: ReactNode;
  /** The read-only view (antd Descriptions). */
  view: ReactNode;
  /** Form items for the same fields, shown after "Edit". */
  form: ReactNode;
  /** Values the form starts from each time it opens. */
  initialValues: V;
  /** Saves; throws the mutation's error so it lands on the fields. */
  onSave: (values: V) => Promise<void>;
  formFields: readonly string[];
  rename?: Record<string, string>;
  canEdit?: boolean;
  extra?: ReactNode;
}

/** A record's key fields with an edit toggle: the same card switches between view and form. */
export function RecordDetails<V extends object>({
  title,
  view,
  form: formItems,
  initialValues,
  onSave,
  formFields,
  rename,
  canEdit = true,
  extra,
}: RecordDetailsProps<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string>();

  const save = async (values: V) => {
    setSaving(true);
    setFormError(undefined);
    try {
      await onSave(values);
      setEditing(false);
    } catch (error) {
      setFormError(applyServerErrors(form, error, formFields, t, rename));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      title={title}
      extra={
        <Flex gap="small">
          {extra}
          {canEdit && !editing ? (
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="record-edit">
              {t('common.edit')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      {editing ? (
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(values) => void save(values)}
          disabled={saving}
          data-testid="record-form"
        >
          {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
          {formItems}
          <Flex gap="small" justify="flex-end">
            <Button
              onClick={() => {
                setEditing(false);
                setFormError(undefined);
              }}
            >
              {t('common.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="record-save">
              {t('common.save')}
            </Button>
          </Flex>
        </Form>
      ) : (
        view
      )}
    </Card>
  );
}
