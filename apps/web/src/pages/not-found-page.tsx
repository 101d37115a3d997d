import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@rapport/web-core';

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
        <Link to="/">
          <Button type="primary">{t('notFound.home')}</Button>
        </Link>
      }
    />
  );
}
