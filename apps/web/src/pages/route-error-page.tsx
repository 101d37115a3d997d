import { LoadingState } from '@rapport/web-ui';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

// antd's Result (and its illustrations) load only when a route fails: every first visit would
// otherwise download them (issue 12).
const RouteErrorContent = lazy(() => import('./route-error-content'));

/** What is left when even the error page's code cannot load (a deploy replaced the files, the network dropped). */
function PlainFallback() {
  const { t } = useTranslation();
  return (
    <div role="alert" style={{ padding: 48, textAlign: 'center', fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: 24 }}>{t('errors.crashTitle')}</h1>
      <p>{t('errors.crashBody')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}

class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <PlainFallback /> : this.props.children;
  }
}

/** Router-level boundary: render errors in any route land here instead of a blank page. */
export function RouteErrorPage() {
  const error = useRouteError();
  return (
    <LoadFailure>
      <Suspense fallback={<LoadingState fullPage />}>
        <RouteErrorContent error={error} />
      </Suspense>
    </LoadFailure>
  );
}
