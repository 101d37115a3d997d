import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ApiKeySecretModalProps {
  /** The freshly created key; the API never returns the secret again. */
  value?: { name: string; secret: string };
  onClose: () => void;
}

export function ApiKeySecretModal({ value, onClose }: ApiKeySecretModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const copy = async () => {
    if (!value) return;
    try {
      await navigator.clipboard.writeText(value.secret);
      void message.success(t('apiKeys.secret.copied'));
    } catch {
      // Clipboard access needs a secure context and permission; the text stays selectable.
      void message.warning(t('apiKeys.secret.copyFailed'));
    }
  };

  return (
    <Modal
      open={Boolean(value)}
      title={t('apiKeys.secret.title', { name: value?.name ?? '' })}
      // Closing by accident would lose the secret for good: only the explicit button closes.
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="apikey-secret-close">
          {t('apiKeys.secret.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('apiKeys.secret.warning')} style={{ marginBottom: 16 }} />
      <Flex gap="small" align="center">
        <Typography.Text
          code
          data-testid="apikey-secret"
          style={{ wordBreak: 'break-all', userSelect: 'all', flex: 1 }}
        >
          {value?.secret}
        </Typography.Text>
        <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="apikey-secret-copy">
          {t('apiKeys.secret.copy')}
        </Button>
      </Flex>
    </Modal>
  );
}
