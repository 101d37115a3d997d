import { useMutation } from '@apollo/client/react';
import { LogInboundCallDocument } from '@rapport/web-data-access';
import { contactPath, FormModal, leadPath, personName, useFormModal } from '@rapport/web-core';
import { useLazyMessages } from '@rapport/web-ui';
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { campaignPath } from '../routes';

interface CallValues {
  dialedNumber: string;
  callerNumber: string;
  callerName?: string;
  notes?: string;
}

const FIELDS = ['dialedNumber', 'callerNumber', 'callerName', 'notes'];

export interface LogCallModalProps {
  open: boolean;
  onClose: () => void;
}

/**
 * An agent logs a call they took: the dialled number finds the campaign (its tracking number),
 * the caller's number the contact or lead (or a new lead under the caller's name). The call lands
 * on that person's timeline; the message links to them.
 */
export function LogCallModal({ open, onClose }: LogCallModalProps) {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  // The notification renders outside the router (antd's App holder), so its links navigate by hand.
  const link = (to: string, text: string, testId?: string) => (
    <a
      href={to}
      data-testid={testId}
      onClick={(e) => {
        e.preventDefault();
        notification.destroy();
        navigate(to);
      }}
    >
      {text}
    </a>
  );
  const [logCall, { loading }] = useMutation(LogInboundCallDocument);

  const submit = async (v: CallValues) => {
    const { data } = await logCall({
      variables: { input: { dialedNumber: v.dialedNumber.trim(), callerNumber: v.callerNumber.trim(), callerName: v.callerName?.trim() || null, notes: v.notes?.trim() || null } },
    });
    const result = data?.logInboundCall;
    if (!result) return;
    const person = result.contact
      ? { to: contactPath(result.contact.id), name: personName(result.contact) }
      : result.lead
        ? { to: leadPath(result.lead.id), name: personName(result.lead) }
        : undefined;
    notification.success({
      title: result.createdLead ? t('inboundCall.loggedNewLead') : t('inboundCall.logged'),
      description: (
        <div data-testid="log-call-result">
          {person ? (
            <div>
              {link(person.to, person.name, 'log-call-person')}
            </div>
          ) : null}
          <div>
            {result.campaign ? (
              <>
                {t('inboundCall.campaign')} {link(campaignPath(result.campaign.id), result.campaign.name)}
              </>
            ) : (
              t('inboundCall.noCampaign')
            )}
          </div>
        </div>
      ),
      duration: 10,
    });
    onClose();
  };
  const { firstField, modal } = useFormModal<CallValues>({ open, onClose, fields: FIELDS, submit });
  const required = { required: true, whitespace: true, message: t('validation.required') };

  return (
    <FormModal {...modal} title={t('inboundCall.title')} intro={t('inboundCall.intro')} submitLabel={t('inboundCall.submit')} submitTestId="log-call-submit" loading={loading}>
      <Form.Item name="dialedNumber" label={t('inboundCall.dialedNumber')} rules={[required]} extra={t('inboundCall.dialedHint')}>
        <Input ref={firstField} type="tel" autoComplete="off" data-testid="log-call-dialed" />
      </Form.Item>
      <Form.Item name="callerNumber" label={t('inboundCall.callerNumber')} rules={[required]}>
        <Input type="tel" autoComplete="off" data-testid="log-call-caller" />
      </Form.Item>
      <Form.Item name="callerName" label={t('inboundCall.callerName')} extra={t('inboundCall.callerNameHint')}>
        <Input autoComplete="off" data-testid="log-call-name" />
      </Form.Item>
      <Form.Item name="notes" label={t('inboundCall.notes')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="log-call-notes" />
      </Form.Item>
    </FormModal>
  );
}

/** The dialog once its messages are in (they load with it); nothing shows for that moment. */
function LogCallModalWhenReady(props: LogCallModalProps) {
  return useLazyMessages('marketing') ? <LogCallModal {...props} /> : null;
}

export default LogCallModalWhenReady;
