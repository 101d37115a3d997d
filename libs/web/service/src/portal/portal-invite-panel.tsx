import { useMutation, useQuery } from '@apollo/client/react';
import { fieldErrorsOf, InvitePortalUserDocument, PortalInviteContactDocument } from '@rapport/web-data-access';
import type { RecordPanelProps } from '@rapport/web-core';
import { useLazyMessages } from '@rapport/web-ui';
import { Alert, App, Button, Card, Checkbox, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { portalErrorMessage } from './portal-errors';

/**
 * "Invite to the customer portal" on a contact's page (issue 19 item 4), through the record-panel
 * slot: for those who may change the contact (the API's rule too). An invitation not yet taken up
 * is sent again; the server's reason (no address, …) is shown as it gives it.
 */
export function PortalInvitePanel({ record }: RecordPanelProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ready = useLazyMessages('portal');
  const { data } = useQuery(PortalInviteContactDocument, { variables: { id: record.id } });
  const [invite, { loading }] = useMutation(InvitePortalUserDocument);
  const [accountAdmin, setAccountAdmin] = useState(false);
  const [failure, setFailure] = useState<string>();
  if (!ready || !data?.contact?.viewerCan.update) return null;

  const send = async () => {
    setFailure(undefined);
    try {
      const result = await invite({ variables: { input: { contactId: record.id, accountAdmin } } });
      void message.success(t('portal.invite.sent', { email: result.data?.invitePortalUser.email ?? '' }));
    } catch (error) {
      setFailure(fieldErrorsOf(error)[0]?.message ?? portalErrorMessage(error, t));
    }
  };

  return (
    <Card size="small" title={t('portal.invite.title')} data-testid="portal-invite-panel" style={{ marginBottom: 16 }}>
      {failure ? <Alert data-testid="portal-invite-error" type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} /> : null}
      <Flex wrap gap={12} align="center" justify="space-between">
        <Checkbox data-testid="portal-invite-admin" checked={accountAdmin} onChange={(e) => setAccountAdmin(e.target.checked)}>
          {t('portal.invite.accountAdmin')}
        </Checkbox>
        <Button data-testid="portal-invite" loading={loading} onClick={() => void send()}>
          {t('portal.invite.action')}
        </Button>
      </Flex>
    </Card>
  );
}

export default PortalInvitePanel;
