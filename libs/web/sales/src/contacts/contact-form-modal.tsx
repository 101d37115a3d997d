import { useMutation } from '@apollo/client/react';
import { CreateContactDocument, type ContactDetailFragment, type PreferredChannel } from '@rapport/web-data-access';
import { LANGUAGE_NATIVE_NAMES, SUPPORTED_LANGUAGES } from '@rapport/web-ui';
import { App, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CustomFieldItems } from '@rapport/web-core';
import { customFieldsFromForm, type CustomFormValue } from '@rapport/web-core';
import { useCustomFieldDefinitions } from '@rapport/web-core';
import { FormModal, useFormModal } from '@rapport/web-core';
import { ALL_CHANNELS, channelLabel } from '@rapport/web-core';
import { AccountSelect } from '@rapport/web-core';
import { DuplicatesWarning } from '../shared/duplicates-warning';
import { blankToNull, blankToUndefined } from '../shared/form-values';
import { usePossibleDuplicates } from '../shared/use-possible-duplicates';
import { personName } from '@rapport/web-core';

interface ContactCreateValues {
  firstName?: string;
  lastName: string;
  title?: string;
  account?: string | null;
  email?: string;
  phone?: string;
  preferredChannel?: PreferredChannel;
  locale?: string;
  customFields?: Record<string, CustomFormValue>;
}

const FORM_FIELDS = ['firstName', 'lastName', 'title', 'account', 'email', 'phone', 'preferredChannel', 'locale'] as const;
// `input.emails.0` → email, `input.accountId` → account.
const RENAME = { accountId: 'account', emails: 'email', phones: 'phone' };

export const LOCALE_CHOICES = SUPPORTED_LANGUAGES.map((lng) => ({ value: lng, label: LANGUAGE_NATIVE_NAMES[lng] }));

export interface ContactFormModalProps {
  open: boolean;
  /** Pre-selected account (new contact from an account page). */
  account?: { id: string; name: string };
  onClose: () => void;
  onCreated: (contact: ContactDetailFragment) => void;
}

export function ContactFormModal({ open, account, onClose, onCreated }: ContactFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { definitions } = useCustomFieldDefinitions('CONTACT');
  const [createContact, { loading }] = useMutation(CreateContactDocument, { refetchQueries: ['Contacts', 'AccountTimeline', 'SalesOverview'] });
  const text = (max: number) => [{ max, message: t('validation.maxLength', { max }) }];

  const submit = async (v: ContactCreateValues) => {
    const email = blankToUndefined(v.email);
    const phone = blankToUndefined(v.phone);
    const { data } = await createContact({
      variables: {
        input: {
          firstName: blankToUndefined(v.firstName),
          lastName: v.lastName.trim(),
          title: blankToNull(v.title),
          accountId: v.account ?? undefined,
          emails: email ? [email] : [],
          phones: phone ? [phone] : [],
          preferredChannel: v.preferredChannel ?? undefined,
          locale: v.locale ?? undefined,
          customFields: customFieldsFromForm(definitions, v.customFields, 'create'),
        },
      },
    });
    if (data) {
      void message.success(t('contacts.created', { name: personName(data.createContact.contact) }));
      onCreated(data.createContact.contact);
    }
  };
  const { firstField, form, modal } = useFormModal<ContactCreateValues>({ open, onClose, fields: FORM_FIELDS, rename: RENAME, submit });
  const probe = Form.useWatch(
    (v: Partial<ContactCreateValues>) => ({ firstName: v.firstName, lastName: v.lastName, email: v.email, phone: v.phone }),
    form,
  );
  const duplicates = usePossibleDuplicates(probe ?? {}, open);

  return (
    <FormModal
      {...modal}
      title={t('contacts.createTitle')}
      width={720}
      submitLabel={t('common.create')}
      submitTestId="contact-submit"
      loading={loading}
      formProps={{ initialValues: { account: account?.id } }}
    >
      <DuplicatesWarning candidates={duplicates} />
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="firstName" label={t('fields.firstName')} rules={text(100)}>
            <Input ref={firstField} autoComplete="off" data-testid="contact-first-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="lastName"
            label={t('fields.lastName')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }, ...text(100)]}
          >
            <Input autoComplete="off" data-testid="contact-last-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="title" label={t('fields.title')} rules={text(120)}>
            <Input autoComplete="off" data-testid="contact-title" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="account" label={t('fields.account')}>
            <AccountSelect allowClear current={account} data-testid="contact-account" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="email" label={t('fields.email')} rules={[{ type: 'email', message: t('validation.email') }, ...text(254)]}>
            <Input type="email" autoComplete="off" data-testid="contact-email" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="phone" label={t('fields.phone')} rules={text(40)}>
            <Input type="tel" autoComplete="off" data-testid="contact-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="preferredChannel" label={t('contacts.fields.preferredChannel')}>
            <Select<PreferredChannel> allowClear options={ALL_CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="locale" label={t('contacts.fields.locale')}>
            <Select allowClear options={LOCALE_CHOICES} />
          </Form.Item>
        </Col>
      </Row>
      <CustomFieldItems definitions={definitions} />
    </FormModal>
  );
}
