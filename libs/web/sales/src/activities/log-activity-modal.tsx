import { useMutation } from '@apollo/client/react';
import { CreateActivityDocument, type ActivityType } from '@rapport/web-data-access';
import { App, DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formFieldsOf, recordInputOf, RecordFormItems, type FieldControl } from '@rapport/web-core';
import { FormModal, useFormModal } from '@rapport/web-core';
import { DATE_TIME_FORMAT } from '@rapport/web-ui';

/** The records an activity is logged against (at least one). */
export interface ActivityLinks {
  accountId?: string | null;
  contactId?: string | null;
  leadId?: string | null;
  opportunityId?: string | null;
}

/** Form values of an activity: the catalogue's fields (docs/adr/0011), by name, and when it is due. */
type ActivityFormValues = Record<string, unknown> & { type: ActivityType; subject: string; dueAt?: Dayjs | null };

/**
 * The form offers the catalogue's generic fields and the due time; the records it belongs to come
 * from where it is logged, and when it happened is now.
 */
const CONTROLS: Record<string, FieldControl> = {
  dueAt: { control: <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} data-testid="activity-due" /> },
};
const FORM_FIELDS = [...formFieldsOf('activity').map((f) => f.name), ...Object.keys(CONTROLS)];

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
  const [createActivity, { loading }] = useMutation(CreateActivityDocument, { refetchQueries: ACTIVITY_QUERIES });

  const submit = async (values: ActivityFormValues) => {
    const input = recordInputOf('activity', values) as { type: ActivityType; subject: string };
    await createActivity({
      variables: {
        input: {
          ...input,
          dueAt: values.dueAt ? values.dueAt.toISOString() : undefined,
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
  };
  const { firstField, modal } = useFormModal<ActivityFormValues>({ open, onClose, fields: FORM_FIELDS, submit });

  return (
    <FormModal
      {...modal}
      title={t('activities.logTitle')}
      submitLabel={t('activities.log')}
      submitTestId="activity-submit"
      loading={loading}
      formProps={{ initialValues: { type: 'CALL', done: true } }}
    >
      {/* Focus goes to the subject (the first text field): the type already has a sensible default. */}
      <RecordFormItems type="activity" firstField={firstField} controls={CONTROLS} />
    </FormModal>
  );
}
