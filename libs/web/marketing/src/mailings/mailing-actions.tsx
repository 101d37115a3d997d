import { CaretRightOutlined, EditOutlined, PauseOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { CancelMailingDocument, errorMessageOf, PauseMailingDocument, ResumeMailingDocument, type MailingFieldsFragment } from '@rapport/web-data-access';
import { LinkButton } from '@rapport/web-core';
import { withTestId } from '@rapport/web-ui';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MailingAction } from './mailing-model';
import { draftPath } from './mailing-paths';

/**
 * Pause, resume and cancel (and "continue editing" a draft): the `actions` the page worked out from
 * the mailing's status and its `viewerCan`. Cancelling asks first: it
 * cannot be undone. Each answer is the mailing as stored, which Apollo's cache puts on the page.
 */
export function MailingActions({ mailing, actions }: { mailing: MailingFieldsFragment; actions: readonly MailingAction[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [pause, pausing] = useMutation(PauseMailingDocument);
  const [resume, resuming] = useMutation(ResumeMailingDocument);
  const [cancel, cancelling] = useMutation(CancelMailingDocument);
  const busy = pausing.loading || resuming.loading || cancelling.loading;
  const input = { input: { id: mailing.id } };
  // Cancelling a started series stops it making mailings; the ones it made go on (each has its own page).
  const cancelText =
    mailing.status === 'DRAFT' ? t('mailings.actions.cancelDraftConfirm') : mailing.kind === 'RECURRING' ? t('mailings.actions.cancelSeriesConfirm') : t('mailings.actions.cancelConfirm');

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
      {actions.includes('edit') ? (
        <LinkButton type="primary" icon={<EditOutlined />} to={draftPath(mailing.id)} data-testid="mailing-edit">
          {t('mailings.actions.edit')}
        </LinkButton>
      ) : null}
      {actions.includes('pause') ? (
        <Button icon={<PauseOutlined />} loading={pausing.loading} disabled={busy} onClick={() => void run(() => pause({ variables: input }), t('mailings.actions.paused'))} data-testid="mailing-pause">
          {t('mailings.actions.pause')}
        </Button>
      ) : null}
      {actions.includes('resume') ? (
        <Button type="primary" icon={<CaretRightOutlined />} loading={resuming.loading} disabled={busy} onClick={() => void run(() => resume({ variables: input }), t('mailings.actions.resumed'))} data-testid="mailing-resume">
          {t('mailings.actions.resume')}
        </Button>
      ) : null}
      {actions.includes('cancel') ? (
        <Popconfirm
          title={t('mailings.actions.cancelTitle')}
          description={<div style={{ maxWidth: 320 }}>{cancelText}</div>}
          okText={t('mailings.actions.cancel')}
          cancelText={t('mailings.actions.keep')}
          okButtonProps={withTestId({ danger: true }, 'mailing-cancel-confirm')}
          onConfirm={() => run(() => cancel({ variables: input }), t('mailings.actions.cancelled'))}
        >
          <Button danger icon={<StopOutlined />} loading={cancelling.loading} disabled={busy} data-testid="mailing-cancel">
            {t('mailings.actions.cancel')}
          </Button>
        </Popconfirm>
      ) : null}
    </>
  );
}
