import { DeleteOutlined, ShareAltOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  errorMessageOf,
  RecordSharesDocument,
  ShareRecordDocument,
  ShareTargetsDocument,
  UnshareRecordDocument,
  type ShareAccess,
  type ShareableObject,
} from '@rapport/web-data-access';
import { EmptyState, ErrorState, LoadingState } from '@rapport/web-ui';
import { Alert, App, Button, Divider, Flex, Form, List, Modal, Popconfirm, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '@rapport/web-core';
import { TeamSelect } from '@rapport/web-core';
import { UserSelect } from '@rapport/web-core';

export interface ShareDialogProps {
  open: boolean;
  onClose: () => void;
  objectType: ShareableObject;
  recordId: string;
  recordName: string;
}

interface AddShareValues {
  target: 'user' | 'team';
  userId?: string | null;
  teamId?: string | null;
  access: ShareAccess;
}

/**
 * Who else may see (or change) this record beyond its owner's reach, with remove, and a form
 * to add a person or a team. The API allows it to people who may change the record.
 */
export function ShareDialog({ open, onClose, objectType, recordId, recordName }: ShareDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddShareValues>();
  const target = Form.useWatch('target', form) ?? 'user';
  const [formError, setFormError] = useState<string>();
  const shares = useQuery(RecordSharesDocument, { variables: { objectType, recordId }, skip: !open, fetchPolicy: 'network-only' });
  const list = shares.data?.recordShares ?? [];
  const userIds = list.flatMap((s) => (s.userId ? [s.userId] : []));
  const teamIds = list.flatMap((s) => (s.teamId ? [s.teamId] : []));
  const names = useQuery(ShareTargetsDocument, { variables: { userIds, teamIds }, skip: !open || list.length === 0 });
  const refetchQueries = ['RecordShares'];
  const [share, sharing] = useMutation(ShareRecordDocument, { refetchQueries });
  const [unshare] = useMutation(UnshareRecordDocument, { refetchQueries });
  const [removing, setRemoving] = useState<string>();

  const userName = (id: string) => names.data?.users.edges.find((e) => e.node.id === id)?.node.name;
  const teamName = (id: string) => names.data?.teams.edges.find((e) => e.node.id === id)?.node.name;
  const shareName = (s: (typeof list)[number]) =>
    s.userId ? (userName(s.userId) ?? t('sharing.hiddenUser')) : s.teamId ? (teamName(s.teamId) ?? t('sharing.hiddenTeam')) : '';

  const add = async (values: AddShareValues) => {
    setFormError(undefined);
    const userId = values.target === 'user' ? values.userId : undefined;
    const teamId = values.target === 'team' ? values.teamId : undefined;
    try {
      await share({ variables: { input: { objectType, recordId, access: values.access, ...(userId ? { userId } : {}), ...(teamId ? { teamId } : {}) } } });
      void message.success(t('sharing.added'));
      form.setFieldsValue({ userId: null, teamId: null });
    } catch (e) {
      setFormError(applyServerErrors(form, e, ['userId', 'teamId', 'access'], t));
    }
  };

  const remove = async (id: string, name: string) => {
    setRemoving(id);
    try {
      await unshare({ variables: { input: { id } } });
      void message.success(t('sharing.removed', { name }));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    } finally {
      setRemoving(undefined);
    }
  };

  const current = () => {
    if (shares.loading && !shares.data) return <LoadingState />;
    if (shares.error && !shares.data) return <ErrorState message={errorMessageOf(shares.error)} onRetry={() => void shares.refetch()} />;
    if (list.length === 0) return <EmptyState compact description={t('sharing.empty')} />;
    return (
      <List
        size="small"
        dataSource={list}
        data-testid="share-list"
        renderItem={(s) => {
          const name = shareName(s);
          return (
            <List.Item
              data-testid={`share-${s.id}`}
              actions={[
                <Popconfirm
                  key="remove"
                  title={t('sharing.removeTitle', { name })}
                  okText={t('sharing.remove')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(s.id, name)}
                >
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} loading={removing === s.id} aria-label={t('sharing.removeNamed', { name })} data-testid={`share-remove-${s.id}`} />
                </Popconfirm>,
              ]}
            >
              <Flex gap="small" align="center">
                {s.teamId ? <TeamOutlined /> : <UserOutlined />}
                <Typography.Text>{name}</Typography.Text>
                <Tag color={s.access === 'WRITE' ? 'blue' : 'default'}>{s.access === 'WRITE' ? t('sharing.write') : t('sharing.read')}</Tag>
              </Flex>
            </List.Item>
          );
        }}
      />
    );
  };

  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('sharing.title', { name: recordName })} destroyOnHidden>
      <div data-testid="share-dialog">
        <Typography.Paragraph type="secondary">{t('sharing.explain')}</Typography.Paragraph>
        {current()}
        <Divider plain titlePlacement="start">
          {t('sharing.add')}
        </Divider>
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} /> : null}
        <Form<AddShareValues> form={form} layout="vertical" initialValues={{ target: 'user', access: 'READ' }} onFinish={(v) => void add(v)} disabled={sharing.loading}>
          <Form.Item name="target" label={t('sharing.with')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'user', label: t('sharing.person') },
                { value: 'team', label: t('sharing.team') },
              ]}
              data-testid="share-target"
            />
          </Form.Item>
          {target === 'user' ? (
            <Form.Item name="userId" label={t('sharing.person')} rules={[{ required: true, message: t('validation.required') }]}>
              <UserSelect data-testid="share-user" />
            </Form.Item>
          ) : (
            <Form.Item name="teamId" label={t('sharing.team')} rules={[{ required: true, message: t('validation.required') }]}>
              <TeamSelect data-testid="share-team" />
            </Form.Item>
          )}
          <Form.Item name="access" label={t('sharing.access')}>
            <Radio.Group
              options={[
                { value: 'READ', label: t('sharing.read') },
                { value: 'WRITE', label: t('sharing.write') },
              ]}
              data-testid="share-access"
            />
          </Form.Item>
          <Flex justify="flex-end" gap="small">
            <Button onClick={onClose}>{t('sharing.close')}</Button>
            <Button type="primary" htmlType="submit" icon={<ShareAltOutlined />} loading={sharing.loading} data-testid="share-submit">
              {t('sharing.submit')}
            </Button>
          </Flex>
        </Form>
      </div>
    </Modal>
  );
}

/** The record page's "Share" button with its dialog. */
export function ShareButton(props: Omit<ShareDialogProps, 'open' | 'onClose'>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ShareAltOutlined />} onClick={() => setOpen(true)} data-testid="record-share">
        {t('sharing.open')}
      </Button>
      <ShareDialog {...props} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
