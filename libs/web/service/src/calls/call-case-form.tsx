import { useMutation } from '@apollo/client/react';
import { CreateCaseFromCallDocument } from '@rapport/web-data-access';
import { applyServerErrors } from '@rapport/web-core';
import { Alert, App, Button, Card, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priorityLabel } from '../cases/case-labels';
import { CASE_PRIORITIES, secondsOf } from '../cases/case-model';
import type { CasePriority } from '../cases/case-types';
import { callerFor, type CallerContact } from './call-model';

interface Values {
  contactId?: string;
  callerName?: string;
  subject: string;
  body: string;
  priority: CasePriority;
  durationMinutes?: number | null;
}

// The numbers are the page's, not the form's: their errors read in the sentence above the form.
const FIELDS = ['contactId', 'callerName', 'subject', 'body', 'priority'] as const;

/**
 * "New case from this call": the problem, what was said, how urgent, how long; the caller is the
 * one found (or the one the agent picks among several), else a new contact the server flags for
 * review under the name given. One step: the call is the case's first message and first response.
 */
export function CallCaseForm({ phoneNumber, dialledNumber, contacts, onCreated }: { phoneNumber: string; dialledNumber: string | null; contacts: readonly CallerContact[]; onCreated: (id: string, number: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string>();
  const [create, creating] = useMutation(CreateCaseFromCallDocument, { refetchQueries: ['Cases', 'CallerLookup'] });
  const several = contacts.length > 1;

  const onFinish = async (v: Values) => {
    setFormError(undefined);
    try {
      const { data } = await create({
        variables: {
          input: {
            phoneNumber,
            dialledNumber: dialledNumber ?? undefined,
            contactId: callerFor(contacts, v.contactId) ?? undefined,
            callerName: contacts.length ? undefined : v.callerName?.trim() || undefined,
            subject: v.subject.trim(),
            body: v.body.trim(),
            priority: v.priority,
            durationSeconds: secondsOf(v.durationMinutes),
          },
        },
      });
      if (!data) return;
      const k = data.createCaseFromCall.case;
      void message.success(t('service.form.created', { number: k.number }));
      onCreated(k.id, k.number);
    } catch (error) {
      setFormError(applyServerErrors(form, error, FIELDS, t));
    }
  };

  return (
    <Card title={t('service.callDesk.newCase')} data-testid="call-new-case">
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)} initialValues={{ priority: 'NORMAL', contactId: contacts[0]?.id }}>
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid="call-case-error" /> : null}
        {several ? (
          <Form.Item name="contactId" label={t('service.callDesk.whoIsCalling')} rules={[{ required: true, message: t('service.callDesk.pickCaller') }]}>
            <Radio.Group data-testid="call-case-contact" options={contacts.map((c) => ({ value: c.id, label: c.account ? `${c.name} · ${c.account.name}` : c.name }))} />
          </Form.Item>
        ) : null}
        {contacts.length === 0 ? (
          <Form.Item name="callerName" label={t('service.callDesk.callerName')} extra={t('service.callDesk.callerNameHint')}>
            <Input maxLength={100} autoComplete="off" data-testid="call-case-caller-name" />
          </Form.Item>
        ) : null}
        <Form.Item name="subject" label={t('service.fields.subject')} rules={[{ required: true, whitespace: true, message: t('service.form.subjectRequired') }]}>
          <Input maxLength={300} data-testid="call-case-subject" />
        </Form.Item>
        <Form.Item name="body" label={t('service.call.notes')} rules={[{ required: true, whitespace: true, message: t('service.call.notesRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="call-case-notes" />
        </Form.Item>
        <Form.Item name="priority" label={t('service.fields.priority')}>
          <Select data-testid="call-case-priority" options={CASE_PRIORITIES.map((p) => ({ value: p, label: priorityLabel(t, p) }))} style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item name="durationMinutes" label={t('service.call.duration')}>
          <InputNumber min={0} max={1440} step={1} style={{ width: 160 }} data-testid="call-case-duration" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={creating.loading} data-testid="call-case-submit">
          {t('service.callDesk.createCase')}
        </Button>
      </Form>
    </Card>
  );
}
