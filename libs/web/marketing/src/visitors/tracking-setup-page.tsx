import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessageOf, SaveWebVisitorSettingsDocument, WebVisitorSetupDocument, type WebVisitorSettingsFieldsFragment } from '@rapport/web-data-access';
import { applyServerErrors, usePageTitle, usePermissions } from '@rapport/web-core';
import { ErrorState, LoadingState, PageHeader, useLazyMessages } from '@rapport/web-ui';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InterestRules } from './interest-rules';
import { VISITORS_NEEDS } from './visitors-access';

/** The tag sites paste; what the script needs it derives from its own address. */
export const scriptTag = (scriptUrl: string) => `<script src="${scriptUrl}" async></script>`;

const SETTINGS_FIELDS = ['retentionMonths', 'rateLimitPerMinute', 'siteHosts'] as const;

interface SettingsValues {
  retentionMonths: number;
  rateLimitPerMinute: number;
  siteHosts: string[];
}

function ScriptCard({ settings }: { settings: WebVisitorSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const tag = scriptTag(settings.scriptUrl);
  return (
    <Card title={t('visitors.setup.scriptTitle')}>
      <Typography.Paragraph type="secondary">{t('visitors.setup.scriptHint')}</Typography.Paragraph>
      <Typography.Paragraph
        code
        copyable={{ text: tag, tooltips: false }}
        aria-label={t('visitors.setup.scriptTag')}
        style={{ overflowWrap: 'anywhere' }}
        data-testid="tracking-script-tag"
      >
        {tag}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('visitors.setup.endpoint')} </Typography.Text>
      <Typography.Text code style={{ overflowWrap: 'anywhere' }} data-testid="tracking-endpoint">
        {settings.endpointUrl}
      </Typography.Text>
    </Card>
  );
}

function SettingsCard({ settings, canWrite }: { settings: WebVisitorSettingsFieldsFragment; canWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const [formError, setFormError] = useState<string>();
  const [save, saving] = useMutation(SaveWebVisitorSettingsDocument);

  const onFinish = async (values: SettingsValues) => {
    setFormError(undefined);
    try {
      await save({ variables: { input: { retentionMonths: values.retentionMonths, rateLimitPerMinute: values.rateLimitPerMinute, siteHosts: values.siteHosts } } });
      void message.success(t('visitors.setup.saved'));
    } catch (error) {
      setFormError(applyServerErrors(form, error, SETTINGS_FIELDS, t));
    }
  };

  return (
    <Card title={t('visitors.setup.settingsTitle')}>
      {canWrite ? null : (
        <Typography.Paragraph type="secondary" data-testid="tracking-read-only">
          {t('visitors.setup.readOnly')}
        </Typography.Paragraph>
      )}
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid="tracking-settings-error" /> : null}
      <Form<SettingsValues>
        form={form}
        layout="vertical"
        disabled={!canWrite || saving.loading}
        initialValues={{ retentionMonths: settings.retentionMonths, rateLimitPerMinute: settings.rateLimitPerMinute, siteHosts: [...settings.siteHosts] }}
        onFinish={onFinish}
        style={{ maxWidth: 560 }}
      >
        <Form.Item name="retentionMonths" label={t('visitors.setup.retentionMonths')} rules={[{ required: true }]}>
          <InputNumber min={1} precision={0} style={{ width: 160 }} data-testid="tracking-retention" />
        </Form.Item>
        <Form.Item name="rateLimitPerMinute" label={t('visitors.setup.rateLimitPerMinute')} rules={[{ required: true }]}>
          <InputNumber min={1} precision={0} style={{ width: 160 }} data-testid="tracking-rate-limit" />
        </Form.Item>
        {canWrite ? (
          <Form.Item name="siteHosts" label={t('visitors.setup.siteHosts')} extra={t('visitors.setup.siteHostsHint')}>
            <Select mode="tags" suffixIcon={null} placeholder={t('visitors.setup.siteHostsPlaceholder')} tokenSeparators={[',', ' ']} data-testid="tracking-site-hosts" />
          </Form.Item>
        ) : (
          // Read-only: the hosts as text (inside a disabled form, a tags select and even tags grey below a readable contrast).
          <Form.Item label={t('visitors.setup.siteHosts')} extra={t('visitors.setup.siteHostsHint')}>
            <Typography.Text data-testid="tracking-site-hosts">{settings.siteHosts.length ? settings.siteHosts.join(', ') : '—'}</Typography.Text>
          </Form.Item>
        )}
        {canWrite ? (
          <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="tracking-settings-save">
            {t('visitors.setup.save')}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}

/**
 * Admin → Website tracking (issue 16 item 6): the script tag to paste (with a copy button) and the
 * endpoint it sends to; the retention, the rate limit and the company's own sites (administrators
 * change them); and the URL → product-line rules that give people their interests. Campaign
 * readers may look (the API's rule), so marketers can hand the tag to the web team.
 */
export function TrackingSetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('visitors.setup.title'));
  // The product-line picker's own words ("no values") come with the picklists area.
  const picklistWords = useLazyMessages('picklists');
  const canWrite = usePermissions().allows(VISITORS_NEEDS.setupWrite);
  const { data, loading, error, refetch } = useQuery(WebVisitorSetupDocument, { notifyOnNetworkStatusChange: true });

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!data) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else
    body = (
      <Flex vertical gap={16}>
        <ScriptCard settings={data.webVisitorSettings} />
        <SettingsCard settings={data.webVisitorSettings} canWrite={canWrite} />
        {picklistWords ? <InterestRules rules={data.webInterestRules} canWrite={canWrite} onChanged={() => void refetch()} /> : <LoadingState />}
      </Flex>
    );

  return (
    <>
      <PageHeader title={t('visitors.setup.title')} subtitle={t('visitors.setup.subtitle')} />
      {body}
    </>
  );
}

export default TrackingSetupPage;
