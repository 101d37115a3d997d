import { useMutation } from '@apollo/client/react';
import { CreateActivityDocument, type ActivityType } from '@rapport/web-data-access';
import { App, Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '@rapport/web-core';
import { FormModal, useModalForm } from '@rapport/web-core';
import { ALL_ACTIVITY_TYPES, activityTypeLabel } from '@rapport/web-core';
import { blankToUndefined } from '../shared/form-values';
import { DATE_TIME_FORMAT } from '@rapport/web-ui';

/** The records an activity is logged against (at least one). */
export interface ActivityLinks {
  accountId?: string | null;
  contactId?: string | null;
  leadId?: string | null;
  opportunityId?: string | null;
}

interface ActivityFormValues {
  type: ActivityType;
  subject: string;
  body?: string;
  dueAt?: Dayjs | null;
  done: boolean;
}

const FORM_FIELDS = ['type', 'subject', 'body', 'dueAt', 'done'] as const;

/** Queries that show activities or the timelines they land on; refreshed after logging one. */
export const ACTIVITY_QUERIES = ['Activities', 'AccountTimeline', 'ContactTimeline', 'LeadTimeline', 'SalesOverview'];

export interface LogActivityModalProps {
  open: boolean;
  links: ActivityLinks;
  onClose: () => void;
  onLogged?: () => void;
}

export function LogActivityModal({ open, links, onClose, onLogged }: LogActivityModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityFormValues>();
  const { firstField, formError, setFormError, afterOpenChange } = useModalForm();
  const [createActivity, { loading }] = useMutation(CreateActivityDocument, { refetchQueries: ACTIVITY_QUERIES });

  const onFinish = async (values: ActivityFormValues) => {
    setFormError(undefined);
    try {
      await createActivity({
        variables: {
          input: {
            type: values.type,
            subject: values.subject.trim(),
            body: blankToUndefined(values.body),
            dueAt: values.dueAt ? values.dueAt.toISOString() : undefined,
            done: values.done,
            accountId: links.accountId ?? undefined,
            contactId: links.contactId ?? undefined,
            leadId: links.leadId ?? undefined,
            opportunityId: links.opportunityId ?? undefined,
          },
        },
      });
      void message.success(t('activities.logged'));
      onLogged?.();
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(form, error, FORM_FIELDS, t));
    }
  };

  return (
    <FormModal
      open={open}
      title={t('activities.logTitle')}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      formError={formError}
      submitLabel={t('activities.log')}
      submitTestId="activity-submit"
      loading={loading}
      form={form}
      onFinish={onFinish}
      formProps={{ initialValues: { type: 'CALL', done: true } }}
    >
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item name="type" label={t('activities.fields.type')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select<ActivityType>
              data-testid="activity-type"
              options={ALL_ACTIVITY_TYPES.map((v) => ({ value: v, label: activityTypeLabel(t, v), 'data-testid': `activity-type-${v}` }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item
            name="subject"
            label={t('activities.fields.subject')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 300, message: t('validation.maxLength', { max: 300 }) },
            ]}
          >
            {/* Focus goes to the subject: the type already has a sensible default. */}
            <Input ref={firstField} autoComplete="off" data-testid="activity-subject" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="body" label={t('activities.fields.body')} rules={[{ max: 20000, message: t('validation.maxLength', { max: 20000 }) }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="activity-body" />
      </Form.Item>
      <Row gutter={16} align="bottom">
        <Col xs={24} sm={12}>
          <Form.Item name="dueAt" label={t('activities.fields.dueAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} data-testid="activity-due" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="done" valuePropName="checked">
            <Checkbox data-testid="activity-done">{t('activities.fields.done')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
