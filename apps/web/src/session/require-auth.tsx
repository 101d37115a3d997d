import { useQuery } from '@apollo/client/react';
import { errorCodeOf, errorMessageOf, MeDocument } from '@rapport/web-data-access';
import { languageFromLocale, LoadingState, readStoredLanguage, setLanguage } from '@rapport/web-ui';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { isCustomer, SessionContext } from '@rapport/web-core';

// antd's Result (and its illustrations) is needed only if the check fails: not on every first screen.
const SessionFailed = lazy(() => import('./session-failed'));

/** Gate for every signed-in route: resolves `me` once, then shares it through context. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  // cache-first: login writes `me` into the cache, so entering the app costs no extra request.
  const { data, loading, error, refetch } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const me = data?.me;

  useEffect(() => {
    // A device that never chose a language follows the profile.
    if (me && !readStoredLanguage()) void setLanguage(languageFromLocale(me.locale));
  }, [me]);

  // Customers have the portal, not the staff app (a portal login also works on the staff sign-in page).
  if (me && isCustomer(me.permissions)) return <Navigate to="/portal" replace />;
  if (me) {
    return (
      <SessionContext.Provider value={me}>
        <Outlet />
      </SessionContext.Provider>
    );
  }
  if (error && errorCodeOf(error) === 'UNAUTHENTICATED') {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  if (error) {
    return (
      <Suspense fallback={<LoadingState fullPage />}>
        <SessionFailed
          title={t('errors.sessionFailed')}
          message={errorCodeOf(error) ? errorMessageOf(error) : t('errors.network')}
          onRetry={() => void refetch()}
        />
      </Suspense>
    );
  }
  if (loading) return <LoadingState fullPage />;
  return <Navigate to="/login" replace />;
}
