import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton, usePageTitle } from '@rapport/web-core';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Result
      status="404"
      // The page's h1 (antd's Result title is a plain div).
      title={
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('notFound.title')}
        </Typography.Title>
      }
      subTitle={t('notFound.body')}
      extra={
        <LinkButton to="/" type="primary" data-testid="not-found-home">
          {t('notFound.home')}
        </LinkButton>
      }
    />
  );
}
