import { useMutation, useQuery } from '@apollo/client/react';
import { ContactDocument, errorMessageOf, UpdateContactDocument, type PreferredChannel } from '@rapport/web-data-access';
import { ErrorState, formatDateTime, LANGUAGE_NATIVE_NAMES, isLanguage, LoadingState, PageHeader } from '@rapport/web-ui';
import { App, Col, Descriptions, Flex, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { NONE, orNone, ownerCell } from '@rapport/web-core';
import { ALL_CHANNELS, channelLabel } from '@rapport/web-core';
import { accountPath } from '@rapport/web-core';
import { CustomFieldsCard } from '@rapport/web-core';
import { customValuesOf, type CustomValues } from '@rapport/web-core';
import { RelatedActivities } from '../activities/related-activities';
import { RecordDuplicates } from '../merge/record-duplicates';
import { ShareButton } from '../sharing/share-dialog';
import { AccountSelect } from '@rapport/web-core';
import { blankToNull } from '../shared/form-values';
import { RecordDetails } from '@rapport/web-core';
import { BackLink, RecordColumns } from '@rapport/web-core';
import { RecordNotFound } from '@rapport/web-core';
import { RecordPanelSlot } from '@rapport/web-core';
import { ContactTimeline } from '../timeline/record-timeline';
import { LOCALE_CHOICES } from './contact-form-modal';
import { personName } from '@rapport/web-core';

interface ContactEditValues {
  firstName?: string;
  lastName: string;
  title?: string;
  account?: string | null;
  emails: string[];
  phones: string[];
  preferredChannel?: PreferredChannel | null;
  locale?: string;
}

const FORM_FIELDS = ['firstName', 'lastName', 'title', 'account', 'emails', 'phones', 'preferredChannel', 'locale'] as const;
const RENAME = { accountId: 'account' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function ContactPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ContactDocument, { variables: { id } });
  const [updateContact] = useMutation(UpdateContactDocument, { refetchQueries: ['ContactTimeline'] });
  const contact = data?.contact;
  usePageTitle(contact ? personName(contact) : t('contacts.record'));

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!contact) return <RecordNotFound title={t('contacts.notFound')} backTo="/sales/contacts" backLabel={t('contacts.backToList')} />;
  // What this viewer may do with this contact (the API's `viewerCan`, the rules its mutations apply).
  const can = contact.viewerCan;

  const text = (max: number) => [{ max, message: t('validation.maxLength', { max }) }];
  const save = async (v: ContactEditValues) => {
    await updateContact({
      variables: {
        input: {
          id: contact.id,
          firstName: v.firstName?.trim() ?? '',
          lastName: v.lastName.trim(),
          title: blankToNull(v.title),
          accountId: v.account ?? null,
          emails: v.emails.map((e) => e.trim()).filter(Boolean),
          phones: v.phones.map((p) => p.trim()).filter(Boolean),
          preferredChannel: v.preferredChannel ?? null,
          locale: v.locale,
        },
      },
    });
    void message.success(t('records.saved'));
  };
  const saveCustom = async (customFields: CustomValues) => {
    await updateContact({ variables: { input: { id: contact.id, customFields } } });
    void message.success(t('records.saved'));
  };

  return (
    <>
      <BackLink to="/sales/contacts" label={t('contacts.title')} />
      <PageHeader
        title={personName(contact)}
        subtitle={
          [contact.title, contact.account?.name].filter(Boolean).join(' · ') || undefined
        }
        extra={can.share ? <ShareButton objectType="CONTACT" recordId={contact.id} recordName={personName(contact)} /> : undefined}
      />
      <RecordDuplicates
        objectType="CONTACT"
        recordId={contact.id}
        canMerge={can.merge}
        probe={{ firstName: contact.firstName, lastName: contact.lastName, email: contact.email ?? undefined, phone: contact.phones[0] }}
      />
      <RecordColumns
        main={
          <>
            <RecordDetails<ContactEditValues>
              title={t('records.details')}
              formFields={FORM_FIELDS}
              rename={RENAME}
              onSave={save}
              canEdit={can.update}
              initialValues={{
                firstName: contact.firstName,
                lastName: contact.lastName,
                title: contact.title ?? undefined,
                account: contact.account?.id ?? null,
                emails: contact.emails,
                phones: contact.phones,
                preferredChannel: contact.preferredChannel,
                locale: contact.locale,
              }}
              view={
                <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="contact-details">
                  <Descriptions.Item label={t('fields.account')}>
                    {contact.account ? <Link to={accountPath(contact.account.id)}>{contact.account.name}</Link> : NONE}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('fields.title')}>{orNone(contact.title)}</Descriptions.Item>
                  <Descriptions.Item label={t('fields.email')}>
                    {contact.emails.length ? (
                      <Flex vertical>
                        {contact.emails.map((e) => (
                          <a key={e} href={`mailto:${e}`}>
                            {e}
                          </a>
                        ))}
                      </Flex>
                    ) : (
                      NONE
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('fields.phone')}>
                    {contact.phones.length ? (
                      <Flex vertical>
                        {contact.phones.map((p) => (
                          <a key={p} href={`tel:${p}`}>
                            {p}
                          </a>
                        ))}
                      </Flex>
                    ) : (
                      NONE
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('contacts.fields.preferredChannel')}>
                    {contact.preferredChannel ? channelLabel(t, contact.preferredChannel) : NONE}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('contacts.fields.locale')}>
                    {isLanguage(contact.locale) ? LANGUAGE_NATIVE_NAMES[contact.locale] : contact.locale}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('common.owner')}>{ownerCell(contact.owner)}</Descriptions.Item>
                  <Descriptions.Item label={t('common.created')}>{formatDateTime(contact.createdAt)}</Descriptions.Item>
                </Descriptions>
              }
              form={
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item name="firstName" label={t('fields.firstName')} rules={text(100)}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="lastName"
                      label={t('fields.lastName')}
                      rules={[{ required: true, whitespace: true, message: t('validation.required') }, ...text(100)]}
                    >
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="title" label={t('fields.title')} rules={text(120)}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="account" label={t('fields.account')}>
                      <AccountSelect allowClear current={contact.account} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="emails"
                      label={t('contacts.fields.emails')}
                      extra={t('contacts.fields.emailsHint')}
                      rules={[
                        {
                          validator: async (_r, value: string[] | undefined) => {
                            if ((value ?? []).some((e) => !EMAIL.test(e.trim()))) throw new Error(t('validation.email'));
                          },
                        },
                      ]}
                    >
                      <Select mode="tags" tokenSeparators={[',', ' ']} open={false} suffixIcon={null} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="phones" label={t('contacts.fields.phones')} extra={t('contacts.fields.phonesHint')}>
                      <Select mode="tags" tokenSeparators={[',']} open={false} suffixIcon={null} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="preferredChannel" label={t('contacts.fields.preferredChannel')}>
                      <Select<PreferredChannel> allowClear options={ALL_CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="locale" label={t('contacts.fields.locale')}>
                      <Select options={LOCALE_CHOICES} />
                    </Form.Item>
                  </Col>
                </Row>
              }
            />
            <CustomFieldsCard objectType="CONTACT" values={customValuesOf(contact.customFields)} onSave={saveCustom} canEdit={can.update} />
            <RecordPanelSlot kind="contact" record={{ id: contact.id, name: personName(contact) }} />
            <RelatedActivities
              scope={{ contactId: { eq: contact.id } }}
              links={{ contactId: contact.id, accountId: contact.account?.id ?? null }}
            />
          </>
        }
        side={<ContactTimeline id={contact.id} />}
      />
    </>
  );
}

export default ContactPage;
