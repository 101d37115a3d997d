import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../forms/form-modal';
import { useFormModal } from '../../forms/use-modal-form';

interface SaveViewValues {
  name: string;
  shared?: boolean;
}

export interface SaveViewModalProps {
  open: boolean;
  canShare: boolean;
  initialName: string;
  onClose: () => void;
  /** Throws the mutation's error so it lands on the form. */
  onSave: (values: { name: string; shared: boolean }) => Promise<void>;
}

/** Names a new view; managers and admins may also share it with everyone. */
export function SaveViewModal({ open, canShare, initialName, onClose, onSave }: SaveViewModalProps) {
  const { t } = useTranslation();
  const submit = (values: SaveViewValues) => onSave({ name: values.name.trim(), shared: canShare && Boolean(values.shared) });
  const { firstField, modal } = useFormModal<SaveViewValues>({ open, onClose, fields: ['name', 'shared'], submit });

  return (
    <FormModal
      {...modal}
      title={t('views.saveTitle')}
      submitLabel={t('views.save')}
      submitTestId="view-name-submit"
      formProps={{ initialValues: { name: initialName, shared: false } }}
    >
      <Form.Item
        name="name"
        label={t('views.name')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: 80, message: t('validation.maxLength', { max: 80 }) },
        ]}
      >
        <Input ref={firstField} autoComplete="off" data-testid="view-name" />
      </Form.Item>
      {canShare ? (
        <Form.Item name="shared" valuePropName="checked" extra={t('views.sharedHint')}>
          <Checkbox data-testid="view-shared">{t('views.shareWithEveryone')}</Checkbox>
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
