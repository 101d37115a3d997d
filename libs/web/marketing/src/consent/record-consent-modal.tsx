import { useMutation } from '@apollo/client/react';
import { SetConsentDocument, type SubscriptionTypeFieldsFragment } from '@rapport/web-data-access';
import { focusUnlessTyping, FormModal, useFormModal } from '@rapport/web-core';
import { App, Checkbox, Form, Input, Radio, Select, Typography, type RefSelectProps } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_LAWFUL_BASES, consentStatusLabel, lawfulBasisLabel, type ConsentAnswer, type LawfulBasis } from './consent-labels';
import type { ConsentPanelKind } from './consent-panel';

/** The type select's value for "all marketing" (the API's `subscriptionTypeId: null`). */
const ALL = 'all';

interface Values {
  address: string;
  subscriptionTypeId: string;
  answer: ConsentAnswer;
  lawfulBasis: LawfulBasis;
  wordingVersion?: string;
  confirmed?: boolean;
}

const FIELDS = ['address', 'subscriptionTypeId', 'answer', 'lawfulBasis', 'wordingVersion', 'confirmed'] as const;

export interface RecordConsentModalProps {
  open: boolean;
  onClose: () => void;
  /** The answer is in: the panel asks again. */
  onRecorded: () => void;
  kind: ConsentPanelKind;
  personId: string;
  personName: string;
  /** The person's addresses, normalised, the primary first. */
  addresses: string[];
  types: readonly SubscriptionTypeFieldsFragment[];
}

/** The one address of a person, shown where the select would be (server errors land under it). */
function FixedAddress({ value, id }: { value?: string; id?: string }) {
  return (
    <Typography.Text id={id} data-testid="consent-address-fixed" style={{ overflowWrap: 'anywhere' }}>
      {value}
    </Typography.Text>
  );
}

/**
 * "Record answer": what a person told staff (on the phone, at a fair) with its evidence —
 * `setConsent` through the contact or lead, so the server checks the address is theirs and that
 * the viewer may change them. An opt-in to a double opt-in type stays pending unless "they already
 * confirmed" is ticked, which only shows where it means something.
 */
export function RecordConsentModal({ open, onClose, onRecorded, kind, personId, personName, addresses, types }: RecordConsentModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [setConsent, state] = useMutation(SetConsentDocument);
  const offered = types.filter((type) => type.active);

  const submit = async (v: Values) => {
    const type = v.subscriptionTypeId === ALL ? null : (types.find((x) => x.id === v.subscriptionTypeId) ?? null);
    const doubleOptIn = !!type?.doubleOptIn && v.answer === 'OPT_IN';
    const { data } = await setConsent({
      variables: {
        input: {
          ...(kind === 'contact' ? { contactId: personId } : { leadId: personId }),
          address: v.address,
          subscriptionTypeId: type?.id ?? null,
          answer: v.answer,
          lawfulBasis: v.lawfulBasis,
          wordingVersion: v.wordingVersion?.trim() || null,
          confirmed: doubleOptIn && !!v.confirmed,
        },
      },
    });
    const consent = data?.setConsent.consent;
    const about = type?.name ?? t('consent.panel.allMarketing');
    if (consent?.status === 'PENDING') void message.success(t('consent.dialog.donePending', { address: consent.address, type: about }));
    else void message.success(t('consent.dialog.done', { address: consent?.address ?? v.address, type: about, status: consentStatusLabel(t, consent?.status ?? null) }));
    onRecorded();
    onClose();
  };

  const { form, modal } = useFormModal<Values>({ open, onClose, fields: FIELDS, submit });
  // The first choice to make once the dialog has opened: the address when there are several, else the type.
  const addressSelect = useRef<RefSelectProps>(null);
  const typeSelect = useRef<RefSelectProps>(null);
  const afterOpenChange = (isOpen: boolean) => {
    modal.afterOpenChange(isOpen);
    if (isOpen) focusUnlessTyping(addressSelect.current ?? typeSelect.current);
  };
  const answer = Form.useWatch('answer', form);
  const typeId = Form.useWatch('subscriptionTypeId', form);
  const chosen = types.find((x) => x.id === typeId);
  const askConfirmed = answer === 'OPT_IN' && !!chosen?.doubleOptIn;
  const required = { required: true, message: t('validation.required') };

  return (
    <FormModal<Values>
      {...modal}
      afterOpenChange={afterOpenChange}
      title={t('consent.dialog.title', { name: personName })}
      intro={<Typography.Paragraph type="secondary">{t('consent.dialog.intro')}</Typography.Paragraph>}
      submitLabel={t('consent.dialog.submit')}
      submitTestId="consent-record-submit"
      formErrorTestId="consent-record-error"
      loading={state.loading}
      formProps={{ initialValues: { address: addresses[0], lawfulBasis: 'CONSENT', confirmed: false } }}
    >
      <Form.Item name="address" label={t('consent.dialog.address')} rules={[required]}>
        {addresses.length > 1 ? (
          <Select<string> ref={addressSelect} options={addresses.map((a) => ({ value: a, label: a }))} data-testid="consent-record-address" />
        ) : (
          <FixedAddress />
        )}
      </Form.Item>
      <Form.Item name="subscriptionTypeId" label={t('consent.dialog.type')} rules={[required]}>
        <Select<string>
          ref={typeSelect}
          options={[{ value: ALL, label: t('consent.dialog.typeAll') }, ...offered.map((type) => ({ value: type.id, label: type.name }))]}
          data-testid="consent-record-type"
        />
      </Form.Item>
      <Form.Item
        name="answer"
        label={t('consent.dialog.answer')}
        rules={[required]}
        extra={answer === 'OPT_OUT' && typeId === ALL ? t('consent.dialog.optOutAllHint') : undefined}
      >
        <Radio.Group
          options={[
            { value: 'OPT_IN', label: t('consent.dialog.optIn') },
            { value: 'OPT_OUT', label: t('consent.dialog.optOut') },
          ]}
          aria-label={t('consent.dialog.answer')}
          data-testid="consent-record-answer"
        />
      </Form.Item>
      {askConfirmed ? (
        <Form.Item name="confirmed" valuePropName="checked" extra={t('consent.dialog.confirmedHint', { type: chosen.name })}>
          <Checkbox data-testid="consent-record-confirmed">{t('consent.dialog.confirmed')}</Checkbox>
        </Form.Item>
      ) : null}
      <Form.Item name="lawfulBasis" label={t('consent.dialog.lawfulBasis')} extra={t('consent.dialog.lawfulBasisHint')} rules={[required]}>
        <Select<LawfulBasis> options={ALL_LAWFUL_BASES.map((b) => ({ value: b, label: lawfulBasisLabel(t, b) }))} data-testid="consent-record-basis" />
      </Form.Item>
      <Form.Item name="wordingVersion" label={t('consent.dialog.wordingVersion')} extra={t('consent.dialog.wordingVersionHint')} rules={[{ max: 100, message: t('validation.maxLength', { max: 100 }) }]}>
        <Input autoComplete="off" data-testid="consent-record-wording" />
      </Form.Item>
    </FormModal>
  );
}
