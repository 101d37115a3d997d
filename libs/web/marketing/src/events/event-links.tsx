import { CopyOutlined, LinkOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, EventRegistrationLinksDocument } from '@rapport/web-data-access';
import { Alert, App, Button, Card, Collapse, Flex, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '@rapport/web-ui';

const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'zh-CN', label: '简体中文' },
  { value: 'zh-TW', label: '繁體中文' },
];

/**
 * Where people register: the hosted page (published events only: a draft's page is not on the
 * internet yet) and the form to paste into the company's site, in the site's language. The embedded
 * form carries the visitor id Rapport's tracking script sets, so earlier page views join the person.
 */
export function EventLinks({ eventId, published }: { eventId: string; published: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [language, setLanguage] = useState('en');
  const { data, error } = useQuery(EventRegistrationLinksDocument, { variables: { id: eventId, language } });
  const copy = async (text: string) => {
    if (await copyText(text)) void message.success(t('events.links.copied'));
    else void message.error(t('events.links.copyFailed'));
  };
  const links = data?.event;
  return (
    <Card size="small" title={t('events.links.title')} data-testid="event-links">
      {error ? <Alert type="error" showIcon title={errorMessageOf(error)} /> : null}
      {!published ? (
        <Typography.Paragraph type="secondary" data-testid="event-links-draft">
          {t('events.links.notPublished')}
        </Typography.Paragraph>
      ) : null}
      {links ? (
        <Flex vertical gap={12}>
          <Typography.Text>
            {t('events.links.hosted')}{' '}
            <Typography.Link href={`${links.hostedUrl}?lang=${language}`} target="_blank" rel="noreferrer" data-testid="event-hosted-link">
              <LinkOutlined /> {links.hostedUrl}
            </Typography.Link>
          </Typography.Text>
          <Segmented options={LANGUAGES} value={language} onChange={(v) => setLanguage(String(v))} aria-label={t('events.links.language')} data-testid="event-links-language" />
          <Collapse
            size="small"
            items={[
              {
                key: 'embed',
                label: t('events.links.embed'),
                children: (
                  <Flex vertical gap={8}>
                    <Typography.Text type="secondary">{t('events.links.embedHint')}</Typography.Text>
                    <Input.TextArea value={links.embedHtml} readOnly autoSize={{ minRows: 6, maxRows: 14 }} style={{ fontFamily: 'monospace', fontSize: 12 }} aria-label={t('events.links.embed')} data-testid="event-embed-html" />
                    <Button icon={<CopyOutlined />} onClick={() => void copy(links.embedHtml)} style={{ alignSelf: 'start' }} data-testid="event-embed-copy">
                      {t('events.links.copyEmbed')}
                    </Button>
                  </Flex>
                ),
              },
            ]}
          />
        </Flex>
      ) : null}
    </Card>
  );
}
