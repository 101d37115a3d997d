import { useQuery } from '@apollo/client/react';
import { errorCodeOf, MeDocument } from '@rapport/web-data-access';
import { isCustomer, SessionContext } from '@rapport/web-core';
import { LoadingState } from '@rapport/web-ui';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet } from 'react-router';
import { PORTAL_PATHS } from './portal-paths';
import { PortalFrame } from './portal-shell';

/**
 * The portal's signed-in pages are for customers (whoever may reach portal cases): anyone signed out goes to the
 * portal's sign-in page; staff are told this is the customer portal and sent back to their app
 * (the API would refuse them the portal's queries anyway).
 */
export function PortalGate() {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const me = data?.me;
  if (me && !isCustomer(me.permissions)) {
    return (
      <PortalFrame>
        <Result
        data-testid="portal-staff-notice"
        status="info"
        title={<h1 className="ant-result-title">{t('portal.staffOnly.title')}</h1>}
        subTitle={t('portal.staffOnly.body')}
        extra={
          <Link to="/">
            <Button type="primary">{t('portal.staffOnly.back')}</Button>
          </Link>
        }
        />
      </PortalFrame>
    );
  }
  if (me) {
    return (
      <SessionContext.Provider value={me}>
        <PortalFrame customer={me}>
          <Outlet />
        </PortalFrame>
      </SessionContext.Provider>
    );
  }
  if (error && errorCodeOf(error) !== 'UNAUTHENTICATED') {
    return (
      <PortalFrame>
        <Result status="warning" title={t('portal.errors.generic')} extra={<Button onClick={() => void refetch()}>{t('portal.cases.retry')}</Button>} />
      </PortalFrame>
    );
  }
  if (loading) return <LoadingState />;
  return <Navigate to={PORTAL_PATHS.signIn} replace />;
}
