import { useMutation, useQuery } from '@apollo/client/react';
import { ApiKeyScopesDocument, CreateApiKeyDocument, errorMessageOf } from '@rapport/web-data-access';
import { CheckboxGroupField } from '@rapport/web-ui';
import { Alert, Checkbox, DatePicker, Flex, Form, Input, Skeleton } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormModal } from '@rapport/web-core';

interface ApiKeyFormValues {
  name: string;
  scopes: string[];
  expiresAt?: Dayjs | null;
}

const FORM_FIELDS = ['name', 'scopes', 'expiresAt'] as const;

export interface CreateApiKeyModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (result: { name: string; secret: string }) => void;
}

export function CreateApiKeyModal({ open, onClose, onCreated }: CreateApiKeyModalProps) {
  const { t } = useTranslation();
  const scopes = useQuery(ApiKeyScopesDocument, { skip: !open });
  const [createApiKey, { loading }] = useMutation(CreateApiKeyDocument);

  const submit = async (values: ApiKeyFormValues) => {
    const { data } = await createApiKey({
      variables: {
        input: {
          name: values.name.trim(),
          scopes: values.scopes,
          // "Expires on <day>" means usable through that whole day.
          expiresAt: values.expiresAt ? values.expiresAt.endOf('day').toISOString() : null,
        },
      },
    });
    if (data) onCreated({ name: data.createApiKey.apiKey.name, secret: data.createApiKey.secret });
  };
  const { firstField, modal } = useFormModal<ApiKeyFormValues>({ open, onClose, fields: FORM_FIELDS, submit });

  return (
    <FormModal
      {...modal}
      title={t('apiKeys.createTitle')}
      submitLabel={t('apiKeys.create')}
      submitTestId="apikey-submit"
      loading={loading}
      formProps={{ initialValues: { scopes: [] } }}
    >
      <Form.Item
        name="name"
        label={t('apiKeys.fields.name')}
        extra={t('apiKeys.fields.nameHint')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: 100, message: t('validation.maxLength', { max: 100 }) },
        ]}
      >
        <Input ref={firstField} autoComplete="off" data-testid="apikey-name" />
      </Form.Item>
      <Form.Item label={t('apiKeys.fields.scopes')} required>
        {scopes.loading && !scopes.data ? <Skeleton active paragraph={{ rows: 2 }} title={false} /> : null}
        {scopes.error && !scopes.data ? (
          <Alert type="error" showIcon title={errorMessageOf(scopes.error) ?? t('errors.loadFailed')} />
        ) : null}
        <Form.Item
          name="scopes"
          noStyle
          rules={[{ required: true, type: 'array', min: 1, message: t('apiKeys.fields.scopesRequired') }]}
        >
          <CheckboxGroupField style={{ width: '100%' }} aria-label={t('apiKeys.fields.scopes')}>
            <Flex wrap gap="small">
              {(scopes.data?.apiKeyScopes ?? []).map((scope) => (
                <Checkbox key={scope} value={scope} data-testid={`apikey-scope-${scope}`}>
                  <code>{scope}</code>
                </Checkbox>
              ))}
            </Flex>
          </CheckboxGroupField>
        </Form.Item>
      </Form.Item>
      <Form.Item name="expiresAt" label={t('apiKeys.fields.expiresAt')} extra={t('apiKeys.fields.expiresAtHint')}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.isBefore(dayjs(), 'day')}
          data-testid="apikey-expires"
        />
      </Form.Item>
    </FormModal>
  );
}
