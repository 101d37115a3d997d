import { useTranslation } from 'react-i18next';
import { LinkButton, PageResult, usePageTitle } from '@rapport/web-core';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <PageResult
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.body')}
      extra={
        <LinkButton to="/" type="primary" data-testid="not-found-home">
          {t('notFound.home')}
        </LinkButton>
      }
    />
  );
}
