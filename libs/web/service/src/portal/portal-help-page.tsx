import { useQuery } from '@apollo/client/react';
import { PortalKnowledgeSearchDocument } from '@rapport/web-data-access';
import { usePageTitle } from '@rapport/web-core';
import { currentLanguage, LoadingState } from '@rapport/web-ui';
import { Alert, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PortalHits } from './portal-hits';

/** Help: search the public articles (in the customer's language); the words searched stay in the address. */
export default function PortalHelpPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.help.title'));
  const [params, setParams] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const { data, error, loading } = useQuery(PortalKnowledgeSearchDocument, {
    variables: { query, first: 20, language: currentLanguage() },
    skip: !query,
  });
  const hits = data?.searchKnowledge;
  return (
    <>
      <h1>{t('portal.help.title')}</h1>
      <Input.Search
        data-testid="portal-help-search"
        aria-label={t('portal.help.search')}
        placeholder={t('portal.help.search')}
        defaultValue={query}
        enterButton
        allowClear
        onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {}, { replace: true })}
        style={{ marginBottom: 16 }}
      />
      {!query ? null : error && !hits ? (
        <Alert data-testid="portal-help-error" type="error" showIcon role="alert" title={t('portal.help.error')} />
      ) : !hits && loading ? (
        <LoadingState />
      ) : hits && hits.length === 0 ? (
        <p data-testid="portal-help-empty" className="portal-card">
          {t('portal.help.noHits')}
        </p>
      ) : hits ? (
        <PortalHits hits={hits} />
      ) : null}
    </>
  );
}
