import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ApiKeysDocument,
  errorMessageOf,
  RevokeApiKeyDocument,
  type ApiKeyRowFragment,
} from '@rapport/web-data-access';
import { PageHeader } from '@rapport/web-ui';
import { App, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionTable, ListEmpty, useCursorStack, usePageTitle } from '@rapport/web-core';
import { apiKeyColumns } from './api-key-columns';
import { ApiKeySecretModal } from './api-key-secret-modal';
import { CreateApiKeyModal } from './create-api-key-modal';

const PAGE_SIZE = 20;

export function ApiKeysPage() {
  const { t } = useTranslation();
  usePageTitle(t('apiKeys.title'));
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ name: string; secret: string }>();
  const [revokingId, setRevokingId] = useState<string>();
  const cursors = useCursorStack('api-keys');
  const { data, previousData, loading, error, refetch } = useQuery(ApiKeysDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after },
    notifyOnNetworkStatusChange: true,
  });
  const [revoke] = useMutation(RevokeApiKeyDocument);
  const connection = (data ?? previousData)?.apiKeys;

  const onRevoke = async (key: ApiKeyRowFragment) => {
    setRevokingId(key.id);
    try {
      // The payload returns the key with revokedAt set; the cache updates the row by id.
      await revoke({ variables: { input: { id: key.id } } });
      void message.success(t('apiKeys.revoked', { name: key.name }));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    } finally {
      setRevokingId(undefined);
    }
  };

  return (
    <>
      <PageHeader
        title={t('apiKeys.title')}
        subtitle={t('apiKeys.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} data-testid="apikey-create" onClick={() => setCreating(true)}>
            {t('apiKeys.create')}
          </Button>
        }
      />
      <Card>
        <ConnectionTable<ApiKeyRowFragment>
          testId="apikeys-table"
          connection={connection}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          columns={apiKeyColumns(t, onRevoke, revokingId)}
          cursors={cursors}
          empty={<ListEmpty object="apiKey" filteredText={null} noneText={t('apiKeys.empty')} />}
        />
      </Card>
      <CreateApiKeyModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(result) => {
          setCreating(false);
          setSecret(result);
          void refetch();
        }}
      />
      <ApiKeySecretModal value={secret} onClose={() => setSecret(undefined)} />
    </>
  );
}

// Default export for the router's lazy route.
export default ApiKeysPage;
