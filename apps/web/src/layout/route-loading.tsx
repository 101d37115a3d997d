import { VISUALLY_HIDDEN } from '@rapport/web-ui';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigation } from 'react-router';

/**
 * While the next page's code loads (pages are split into their own files), the current page stays
 * and a bar at the top says something is happening; screen readers hear "Loading…" from the
 * status region, which is always in the page so the change is announced.
 */
export function RouteLoading() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const loading = useNavigation().state === 'loading';
  return (
    <div
      role="status"
      aria-busy={loading}
      data-testid="route-loading"
      style={{ position: 'fixed', insetInline: 0, top: 0, height: 3, zIndex: 1000, pointerEvents: 'none' }}
    >
      {loading ? (
        <>
          <div style={{ height: '100%', background: token.colorPrimary }} />
          <span style={VISUALLY_HIDDEN}>{t('common.loading')}</span>
        </>
      ) : null}
    </div>
  );
}
