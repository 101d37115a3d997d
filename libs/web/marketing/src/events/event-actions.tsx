import { CheckCircleOutlined, EditOutlined, QrcodeOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { CancelEventDocument, CompleteEventDocument, errorMessageOf, PublishEventDocument, type EventDetailFragment } from '@rapport/web-data-access';
import { LinkButton } from '@rapport/web-core';
import { withTestId } from '@rapport/web-ui';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventAction } from './event-model';
import { checkInPath } from './event-paths';

/**
 * Edit, publish, the door's check-in screen, complete and cancel: the `actions` the page worked out
 * from the event's status and the viewer's grants. Cancelling and completing ask first and say
 * what follows (everyone registered is told; those who did not come become no-shows). Each
 * answer is the event as stored, which Apollo's cache puts on the page.
 */
export function EventActions({ event, actions, onEdit }: { event: EventDetailFragment; actions: readonly EventAction[]; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [publish, publishing] = useMutation(PublishEventDocument, { refetchQueries: ['Events'] });
  const [cancel, cancelling] = useMutation(CancelEventDocument, { refetchQueries: ['Events'] });
  const [complete, completing] = useMutation(CompleteEventDocument, { refetchQueries: ['Events', 'EventRegistrations'] });
  const busy = publishing.loading || cancelling.loading || completing.loading;
  const input = { input: { id: event.id } };
  const seatHolders = event.counts.registered + event.counts.attended + event.counts.waitlisted;

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      void message.success(done);
    } catch (error) {
      void message.error(errorMessageOf(error) ?? t('errors.generic'));
    }
  };

  return (
    <>
      {actions.includes('checkIn') ? (
        <LinkButton type="primary" icon={<QrcodeOutlined />} to={checkInPath(event.id)} data-testid="event-checkin-open">
          {t('events.actions.checkIn')}
        </LinkButton>
      ) : null}
      {actions.includes('edit') ? (
        <Button icon={<EditOutlined />} onClick={onEdit} disabled={busy} data-testid="event-edit">
          {t('events.actions.edit')}
        </Button>
      ) : null}
      {actions.includes('publish') ? (
        <Button type="primary" icon={<SendOutlined />} loading={publishing.loading} disabled={busy} onClick={() => void run(() => publish({ variables: input }), t('events.actions.published'))} data-testid="event-publish">
          {t('events.actions.publish')}
        </Button>
      ) : null}
      {actions.includes('complete') ? (
        <Popconfirm
          title={t('events.actions.completeTitle')}
          description={<div style={{ maxWidth: 320 }}>{t('events.actions.completeConfirm', { count: event.counts.registered })}</div>}
          okText={t('events.actions.complete')}
          cancelText={t('common.cancel')}
          okButtonProps={withTestId({}, 'event-complete-confirm')}
          onConfirm={() => run(() => complete({ variables: input }), t('events.actions.completed'))}
        >
          <Button icon={<CheckCircleOutlined />} loading={completing.loading} disabled={busy} data-testid="event-complete">
            {t('events.actions.complete')}
          </Button>
        </Popconfirm>
      ) : null}
      {actions.includes('cancel') ? (
        <Popconfirm
          title={t('events.actions.cancelTitle')}
          description={<div style={{ maxWidth: 320 }}>{seatHolders ? t('events.actions.cancelConfirm', { count: seatHolders }) : t('events.actions.cancelConfirmNobody')}</div>}
          okText={t('events.actions.cancel')}
          cancelText={t('events.actions.keep')}
          okButtonProps={withTestId({ danger: true }, 'event-cancel-confirm')}
          onConfirm={() => run(() => cancel({ variables: input }), t('events.actions.cancelled'))}
        >
          <Button danger icon={<StopOutlined />} loading={cancelling.loading} disabled={busy} data-testid="event-cancel">
            {t('events.actions.cancel')}
          </Button>
        </Popconfirm>
      ) : null}
    </>
  );
}
