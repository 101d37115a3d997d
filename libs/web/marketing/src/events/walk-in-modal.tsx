import { useMutation } from '@apollo/client/react';
import { RegisterWalkInDocument, type EventRegistrationRowFragment } from '@rapport/web-data-access';
import { FormModal, useFormModal } from '@rapport/web-core';
import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';

interface WalkInValues {
  firstName?: string;
  lastName: string;
  email: string;
  company?: string;
  phone?: string;
}

const FIELDS = ['firstName', 'lastName', 'email', 'company', 'phone'];
const HALF = { xs: 24, sm: 12 };
const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * Someone at the door without a registration: registered and checked in at once (an address
 * already registered is checked in instead). The API matches them to a contact or lead, or makes
 * an event lead. `initialName` is what the door searched for, put in the name.
 */
export function WalkInModal({ eventId, open, onClose, onDone, initialName }: { eventId: string; open: boolean; onClose: () => void; onDone: (r: EventRegistrationRowFragment) => void; initialName?: string }) {
  const { t } = useTranslation();
  const [register, { loading }] = useMutation(RegisterWalkInDocument, { refetchQueries: ['Event', 'EventRegistrations'] });
  const submit = async (v: WalkInValues) => {
    const { data } = await register({
      variables: { input: { eventId, firstName: trimmed(v.firstName), lastName: v.lastName.trim(), email: v.email.trim(), company: trimmed(v.company), phone: trimmed(v.phone) } },
    });
    // The door's screen says who came in (no toast on top of it).
    if (data) onDone(data.registerWalkIn.registration);
  };
  const { firstField, modal } = useFormModal<WalkInValues>({ open, onClose, fields: FIELDS, submit });
  const required = (text: string) => ({ required: true, whitespace: true, message: text });
  // A search that looks like an address goes in the email, anything else in the family name.
  const initialValues = initialName?.includes('@') ? { email: initialName } : { lastName: initialName };

  return (
    <FormModal<WalkInValues>
      {...modal}
      title={t('events.walkIn.title')}
      intro={<p>{t('events.walkIn.intro')}</p>}
      submitLabel={t('events.walkIn.submit')}
      submitTestId="walk-in-submit"
      loading={loading}
      formProps={{ initialValues }}
    >
      <Row gutter={16}>
        <Col {...HALF}>
          <Form.Item name="lastName" label={t('events.walkIn.lastName')} rules={[required(t('events.walkIn.lastNameRequired'))]}>
            <Input ref={firstField} autoComplete="family-name" size="large" data-testid="walk-in-lastName" />
          </Form.Item>
        </Col>
        <Col {...HALF}>
          <Form.Item name="firstName" label={t('events.walkIn.firstName')}>
            <Input autoComplete="given-name" size="large" data-testid="walk-in-firstName" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="email" label={t('events.registration.email')} rules={[required(t('events.walkIn.emailRequired')), { type: 'email', message: t('events.walkIn.emailInvalid') }]}>
        <Input type="email" inputMode="email" autoComplete="email" size="large" data-testid="walk-in-email" />
      </Form.Item>
      <Form.Item name="company" label={t('events.registration.company')}>
        <Input autoComplete="organization" size="large" data-testid="walk-in-company" />
      </Form.Item>
      <Form.Item name="phone" label={t('events.walkIn.phone')}>
        <Input type="tel" inputMode="tel" autoComplete="tel" size="large" data-testid="walk-in-phone" />
      </Form.Item>
    </FormModal>
  );
}
