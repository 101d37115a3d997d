import { useMutation } from '@apollo/client/react';
import { SaveSubscriptionTypeDocument, type SubscriptionTypeFieldsFragment } from '@rapport/web-data-access';
import { FormModal, translationsInput, TranslationFields, translationValues, useFormModal, type TranslationValues } from '@rapport/web-core';
import { App, Col, Form, Input, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';

/** The API's rule for keys (SaveSubscriptionTypeInput.key): checked here first, so the person sees it as they type. */
export const SUBSCRIPTION_KEY = /^[a-z0-9][a-z0-9_-]{1,39}$/;
const NAME_MAX = 100;
const DESCRIPTION_MAX = 500;

interface Values {
  key: string;
  /** The canonical name; `names` holds its translations (docs/adr/0010). */
  name: string;
  names: TranslationValues;
  description?: string;
  doubleOptIn: boolean;
  requiresOptIn: boolean;
  active: boolean;
}

const FIELDS = ['key', 'name', 'names', 'description', 'doubleOptIn', 'requiresOptIn', 'active'] as const;

/** Only the translations given: an empty box means "show the name" and is not stored. */
function givenTranslations(values: TranslationValues | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(translationsInput(values)).filter(([, text]) => text));
}

export interface SubscriptionTypeModalProps {
  /** The type to change; none: a new one. */
  type?: SubscriptionTypeFieldsFragment;
  open: boolean;
  onClose: () => void;
}

/**
 * Create or change a subscription type (campaign writers): its key (the server's rule, checked as
 * typed), its name with translations, what happens without an answer, double opt-in, and whether
 * it is still offered. Nothing is deleted: a type no longer offered keeps the answers given to it.
 */
export function SubscriptionTypeModal({ type, open, onClose }: SubscriptionTypeModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, saving] = useMutation(SaveSubscriptionTypeDocument, { refetchQueries: ['SubscriptionTypes'] });
  const submit = async (v: Values) => {
    const name = v.name.trim();
    await save({
      variables: {
        input: {
          id: type?.id,
          key: v.key.trim(),
          name,
          names: givenTranslations(v.names),
          description: v.description?.trim() || null,
          doubleOptIn: v.doubleOptIn,
          requiresOptIn: v.requiresOptIn,
          active: v.active,
        },
      },
    });
    void message.success(t('consent.types.saved', { name }));
    onClose();
  };
  const { firstField, modal } = useFormModal<Values>({ open, onClose, fields: FIELDS, submit });
  const required = { required: true, whitespace: true, message: t('validation.required') };

  return (
    <FormModal<Values>
      {...modal}
      title={type ? t('consent.types.editTitle', { name: type.canonicalName }) : t('consent.types.createTitle')}
      // Wide enough for the three translation boxes side by side.
      width={720}
      submitLabel={t('common.save')}
      submitTestId="subscription-type-submit"
      formErrorTestId="subscription-type-error"
      loading={saving.loading}
      formProps={{
        initialValues: type
          ? { key: type.key, name: type.canonicalName, names: translationValues(type.names), description: type.description ?? undefined, doubleOptIn: type.doubleOptIn, requiresOptIn: type.requiresOptIn, active: type.active }
          : { names: translationValues({}), doubleOptIn: false, requiresOptIn: true, active: true },
      }}
    >
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item
            name="key"
            label={t('consent.types.fields.key')}
            extra={t('consent.types.fields.keyHint')}
            rules={[required, { pattern: SUBSCRIPTION_KEY, message: t('consent.types.fields.keyInvalid') }]}
          >
            <Input ref={firstField} autoComplete="off" spellCheck={false} data-testid="subscription-type-key" />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item
            name="name"
            label={t('consent.types.fields.name')}
            extra={t('names.fields.nameHint')}
            rules={[required, { max: NAME_MAX, message: t('validation.maxLength', { max: NAME_MAX }) }]}
          >
            <Input autoComplete="off" data-testid="subscription-type-name" />
          </Form.Item>
        </Col>
        <TranslationFields col={{ xs: 24, md: 8 }} />
      </Row>
      <Form.Item
        name="description"
        label={t('consent.types.fields.description')}
        extra={t('consent.types.fields.descriptionHint')}
        rules={[{ max: DESCRIPTION_MAX, message: t('validation.maxLength', { max: DESCRIPTION_MAX }) }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="subscription-type-description" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="requiresOptIn" label={t('consent.types.fields.requiresOptIn')} valuePropName="checked" extra={t('consent.types.fields.requiresOptInHint')}>
            <Switch data-testid="subscription-type-requires-opt-in" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="doubleOptIn" label={t('consent.types.fields.doubleOptIn')} valuePropName="checked" extra={t('consent.types.fields.doubleOptInHint')}>
            <Switch data-testid="subscription-type-double-opt-in" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="active" label={t('consent.types.fields.active')} valuePropName="checked" extra={t('consent.types.fields.activeHint')}>
            <Switch data-testid="subscription-type-active" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
