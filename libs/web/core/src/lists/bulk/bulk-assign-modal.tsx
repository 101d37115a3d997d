import { useMutation } from '@apollo/client/react';
import { BulkAssignDocument, errorMessageOf, type BulkObject } from '@rapport/web-data-access';
import { Alert, App, Button, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserSelect } from '../../pickers/user-select';

export interface BulkAssignModalProps {
  open: boolean;
  objectType: BulkObject;
  ids: readonly string[];
  /** Refetched after the change (the list's query name). */
  refetchQueries: string[];
  onClose: () => void;
  onDone: () => void;
}

/**
 * Assigns the selected rows to one person in two steps: pick the person, then confirm with the
 * count and the name in front of you. The result says how many changed and how many were
 * skipped because the caller may not change them.
 */
export function BulkAssignModal({ open, objectType, ids, refetchQueries, onClose, onDone }: BulkAssignModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [owner, setOwner] = useState<{ id: string; name: string }>();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [bulkAssign, { loading }] = useMutation(BulkAssignDocument, { refetchQueries });

  const reset = () => {
    setOwner(undefined);
    setConfirming(false);
    setError(undefined);
  };
  const close = () => {
    reset();
    onClose();
  };

  const assign = async () => {
    if (!owner) return;
    setError(undefined);
    try {
      const { data } = await bulkAssign({ variables: { input: { objectType, ids: [...ids], ownerId: owner.id } } });
      const result = data?.bulkAssign;
      if (result) {
        void message.success(t('bulk.assigned', { count: result.updated, name: owner.name }));
        if (result.skippedIds.length) void message.warning(t('bulk.skipped', { count: result.skippedIds.length }));
      }
      reset();
      onDone();
    } catch (e) {
      setError(errorMessageOf(e) ?? t('errors.generic'));
      setConfirming(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('bulk.assignTitle', { count: ids.length })}
      onCancel={close}
      destroyOnHidden
      footer={
        confirming
          ? [
              <Button key="back" onClick={() => setConfirming(false)} disabled={loading}>
                {t('bulk.back')}
              </Button>,
              <Button key="ok" type="primary" danger loading={loading} onClick={() => void assign()} data-testid="bulk-assign-confirm">
                {t('bulk.confirm', { count: ids.length })}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                {t('common.cancel')}
              </Button>,
              <Button key="next" type="primary" disabled={!owner} onClick={() => setConfirming(true)} data-testid="bulk-assign-next">
                {t('bulk.next')}
              </Button>,
            ]
      }
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      {confirming && owner ? (
        <Alert
          type="warning"
          showIcon
          data-testid="bulk-assign-question"
          title={t('bulk.question', { count: ids.length, name: owner.name })}
          description={t('bulk.questionHint')}
        />
      ) : (
        <Form layout="vertical">
          <Form.Item label={t('bulk.newOwner')} htmlFor="bulk-owner" extra={<Typography.Text type="secondary">{t('bulk.ownerHint')}</Typography.Text>}>
            <UserSelect
              id="bulk-owner"
              autoFocus
              value={owner?.id ?? null}
              onChange={(id, user) => setOwner(id && user ? { id, name: user.name } : undefined)}
              data-testid="bulk-assign-owner"
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
