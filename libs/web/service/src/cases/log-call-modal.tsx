import { useMutation } from '@apollo/client/react';
import { LogCaseCallDocument } from '@rapport/web-data-access';
import type { CallDirection } from './case-types';
import { FormModal, useFormModal } from '@rapport/web-core';
import { App, Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { E164, secondsOf } from './case-model';

interface CallValues {
  direction: CallDirection;
  phoneNumber?: string;
  durationMinutes?: number | null;
  body: string;
}

export interface LogCallModalProps {
  caseId: string;
  open: boolean;
  onClose: () => void;
  /** The caller's number when the call desk knows it (E.164). */
  phoneNumber?: string;
  /** The line the call came in on (from the call desk), kept with the call. */
  line?: string | null;
  onLogged?: () => void;
}

/** "Log a call": who called whom, the number (E.164), how long, what was said. An agent response for the SLA. */
export function LogCallModal({ caseId, open, onClose, phoneNumber, line, onLogged }: LogCallModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [logCall, logging] = useMutation(LogCaseCallDocument, { refetchQueries: ['CasePage'] });
  const { firstField, modal } = useFormModal<CallValues>({
    open,
    onClose,
    fields: ['direction', 'phoneNumber', 'body'],
    rename: { durationSeconds: 'durationMinutes' },
    submit: async (v) => {
      await logCall({
        variables: {
          input: {
            caseId,
            direction: v.direction,
            phoneNumber: v.phoneNumber?.trim() || undefined,
            durationSeconds: secondsOf(v.durationMinutes),
            line: line || undefined,
            body: v.body.trim(),
          },
        },
      });
      void message.success(t('service.call.logged'));
      onClose();
      onLogged?.();
    },
  });
  return (
    <FormModal<CallValues>
      {...modal}
      formProps={{ initialValues: { direction: 'INBOUND', phoneNumber } }}
      formErrorTestId="case-call-error"
      title={t('service.call.title')}
      submitLabel={t('service.call.submit')}
      submitTestId="case-call-submit"
      loading={logging.loading}
    >
      <Form.Item name="direction" label={t('service.call.direction')}>
        <Radio.Group
          data-testid="case-call-direction"
          options={[
            { value: 'INBOUND', label: t('service.call.inbound') },
            { value: 'OUTBOUND', label: t('service.call.outbound') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="phoneNumber"
        label={t('service.call.number')}
        extra={t('service.call.numberHint')}
        rules={[{ pattern: E164, message: t('service.call.numberInvalid') }]}
      >
        <Input ref={firstField} type="tel" inputMode="tel" autoComplete="off" placeholder="+8613800000000" data-testid="case-call-number" />
      </Form.Item>
      <Form.Item name="durationMinutes" label={t('service.call.duration')}>
        <InputNumber min={0} max={1440} step={1} style={{ width: 160 }} data-testid="case-call-duration" />
      </Form.Item>
      <Form.Item name="body" label={t('service.call.notes')} rules={[{ required: true, whitespace: true, message: t('service.call.notesRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="case-call-notes" />
      </Form.Item>
    </FormModal>
  );
}
