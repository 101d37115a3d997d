import { useMutation } from '@apollo/client/react';
import { PicklistsDocument, SavePicklistValueDocument, type PicklistsQuery, type PicklistValueFieldsFragment } from '@rapport/web-data-access';
import { FormModal, NAME_MAX_LENGTH, TranslationFields, translationsInput, translationValues, useFormModal, type TranslationValues } from '@rapport/web-core';
import { App, Form, Input, InputNumber, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export type PicklistName = PicklistsQuery['picklists'][number]['name'];

export interface PicklistDialog {
  list: PicklistName;
  /** The list's name in the UI language, for the title and messages. */
  listLabel: string;
  /** Every value of the list, so adding one it already has is caught before the API quietly updates it. */
  values: readonly PicklistValueFieldsFragment[];
  /** The value being edited; undefined when adding. */
  target?: PicklistValueFieldsFragment;
}

interface ValueFormValues {
  value: string;
  names: TranslationValues;
  position?: number | null;
}

/** What savePicklistValue takes from the form; `position` only when the admin gave one (else the API appends or keeps it). */
export function picklistValueInput(list: PicklistName, values: ValueFormValues, target?: PicklistValueFieldsFragment) {
  const input: { list: PicklistName; value: string; names: Record<string, string>; position?: number } = {
    list,
    // A value cannot be renamed: editing sends the stored one whatever the (disabled) box holds.
    value: target ? target.value : values.value.trim(),
    names: translationsInput(values.names),
  };
  if (typeof values.position === 'number') input.position = values.position;
  return input;
}

/**
 * Adds a value to a picklist, or edits the translations and order of one it has. The value itself
 * is fixed once saved (records store it): to change it, retire it and add another.
 */
export function PicklistValueModal({ dialog, onClose }: { dialog?: PicklistDialog; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // Other screens read the lists cache-first: refetching here is what shows them the change.
  const [save, { loading }] = useMutation(SavePicklistValueDocument, { refetchQueries: [PicklistsDocument], awaitRefetchQueries: true });
  const editing = dialog?.target;

  const submit = async (values: ValueFormValues) => {
    const input = picklistValueInput(dialog!.list, values, editing);
    await save({ variables: { input } });
    void message.success(t('picklistsAdmin.saved', { value: input.value }));
    onClose();
  };
  // `input.names.zh-CN` lands on its own box (applyServerErrors nests `names`); `input.value` on the value.
  const { firstField, form, modal } = useFormModal<ValueFormValues>({ open: Boolean(dialog), onClose, fields: ['value', 'names', 'position'], submit });

  useEffect(() => {
    if (!dialog) return;
    const target = dialog.target;
    form.setFieldsValue({ value: target?.value ?? '', names: translationValues(target?.names), position: target?.position ?? null });
  }, [dialog, form]);

  const duplicateRule = {
    validator: (_: unknown, value?: string) => {
      const text = (value ?? '').trim();
      if (editing || !text || !dialog?.values.some((v) => v.value === text)) return Promise.resolve();
      return Promise.reject(new Error(t('picklistsAdmin.validation.duplicate', { list: dialog.listLabel })));
    },
  };

  return (
    <FormModal<ValueFormValues>
      {...modal}
      title={dialog ? (editing ? t('picklistsAdmin.editTitle', { value: editing.value, list: dialog.listLabel }) : t('picklistsAdmin.addTitle', { list: dialog.listLabel })) : ''}
      width={560}
      submitLabel={t('common.save')}
      submitTestId="picklist-value-submit"
      formErrorTestId="picklist-value-error"
      loading={loading}
      intro={editing ? <Typography.Paragraph type="secondary">{t('picklistsAdmin.fields.valueFixed')}</Typography.Paragraph> : undefined}
    >
      <Form.Item
        name="value"
        label={t('picklistsAdmin.fields.value')}
        extra={t('picklistsAdmin.fields.valueHint')}
        validateFirst
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: NAME_MAX_LENGTH, message: t('validation.maxLength', { max: NAME_MAX_LENGTH }) },
          duplicateRule,
        ]}
      >
        <Input ref={editing ? undefined : firstField} autoComplete="off" disabled={Boolean(editing)} data-testid="picklist-value" />
      </Form.Item>
      <TranslationFields />
      <Form.Item name="position" label={t('picklistsAdmin.fields.position')} extra={t('picklistsAdmin.fields.positionHint')}>
        <InputNumber min={0} max={10_000} precision={0} style={{ width: 160 }} data-testid="picklist-position" />
      </Form.Item>
    </FormModal>
  );
}
