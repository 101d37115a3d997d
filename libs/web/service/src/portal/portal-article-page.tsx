import { usePageTitle } from '@rapport/web-core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PortalArticle } from './portal-article';
import { PORTAL_PATHS } from './portal-paths';

/** One help article, with the way back to the search. */
export default function PortalArticlePage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.help.title'));
  const { id = '' } = useParams();
  return (
    <>
      <Link to={PORTAL_PATHS.help} style={{ display: 'inline-block', marginBottom: 8 }}>
        ← {t('portal.help.back')}
      </Link>
      <PortalArticle id={id} />
    </>
  );
}
