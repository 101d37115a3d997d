import { CopyOutlined, LinkOutlined } from '@ant-design/icons';
import type { WebFormFieldsFragment } from '@rapport/web-data-access';
import { App, Button, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { copyText } from '@rapport/web-ui';

/** The saved form's HTML to paste into a site, with a copy button, and the hosted page's link. */
export function EmbedCode({ form }: { form: Pick<WebFormFieldsFragment, 'embedHtml' | 'hostedUrl' | 'active'> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = async (text: string, done: string) => {
    if (await copyText(text)) void message.success(done);
    else void message.error(t('intake.common.copyFailed'));
  };
  return (
    <Flex vertical gap={12} data-testid="webform-embed">
      <Typography.Text type="secondary">{t('intake.forms.embedHint')}</Typography.Text>
      <Input.TextArea
        value={form.embedHtml}
        readOnly
        autoSize={{ minRows: 6, maxRows: 14 }}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        aria-label={t('intake.forms.embedTitle')}
        data-testid="webform-embed-html"
      />
      <Flex gap="small" wrap>
        <Button icon={<CopyOutlined />} onClick={() => void copy(form.embedHtml, t('intake.forms.embedCopied'))} data-testid="webform-embed-copy">
          {t('intake.forms.copyEmbed')}
        </Button>
        <Button icon={<CopyOutlined />} onClick={() => void copy(form.hostedUrl, t('intake.forms.linkCopied'))} data-testid="webform-link-copy">
          {t('intake.forms.copyLink')}
        </Button>
      </Flex>
      <Typography.Text>
        {t('intake.forms.hostedPage')}{' '}
        <Typography.Link href={form.hostedUrl} target="_blank" rel="noreferrer" data-testid="webform-hosted-link">
          <LinkOutlined /> {form.hostedUrl}
        </Typography.Link>
      </Typography.Text>
      {!form.active ? <Typography.Text type="warning">{t('intake.forms.inactiveHint')}</Typography.Text> : null}
    </Flex>
  );
}
