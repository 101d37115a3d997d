import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { LogoutDocument, PortalMeDocument, UpdateMyPreferencesDocument } from '@rapport/web-data-access';
import { currentLanguage, LanguageSwitch, LazyMessagesGate, LoadingState, localeFromLanguage, setLanguage, type Language } from '@rapport/web-ui';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { PORTAL_PATHS } from './portal-paths';
import './portal.css';

/** The customer portal's route root (issue 19 item 4): its words (lazy/portal.<lng>.json) before any of its pages. */
export function PortalShell() {
  return (
    <LazyMessagesGate area="portal" fallback={<LoadingState fullPage />}>
      <Outlet />
    </LazyMessagesGate>
  );
}

/**
 * The customer portal's own frame: no staff navigation, a small header with the product name, the
 * language switch and, for a signed-in customer, the portal's three places and sign-out. Laid out
 * for a phone first (390 px); wider screens only get more margin.
 */
export function PortalFrame({ customer, children }: { customer?: { id: string }; children: ReactNode }) {
  return (
    <div className="portal">
      <PortalHeader customer={customer} />
      <main className="portal-main">{children}</main>
    </div>
  );
}

/** The frame of the pages for the signed-out (sign in, sign up, the mailed links). */
export function PortalPublicFrame() {
  return (
    <PortalFrame>
      <Outlet />
    </PortalFrame>
  );
}

function PortalHeader({ customer }: { customer?: { id: string } }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutDocument);
  const [save] = useMutation(UpdateMyPreferencesDocument);

  const change = (language: Language) => {
    void setLanguage(language);
    // Mails and the survey follow the profile's language; a failed save leaves the switch done.
    if (customer) save({ variables: { input: { locale: localeFromLanguage(language) } } }).catch(() => undefined);
  };

  const signOut = async () => {
    await logout().catch(() => undefined);
    await client.clearStore();
    await navigate(PORTAL_PATHS.signIn, { replace: true });
  };

  return (
    <header className="portal-header">
      <div className="portal-header-row">
        <Link to={PORTAL_PATHS.home} className="portal-brand">
          {t('portal.productName')}
        </Link>
        <div className="portal-header-tools">
          <LanguageSwitch value={currentLanguage()} onChange={change} compact />
          {customer ? (
            <Button data-testid="portal-sign-out" size="small" loading={loading} onClick={() => void signOut()}>
              {t('portal.signOut')}
            </Button>
          ) : null}
        </div>
      </div>
      {customer ? (
        <nav className="portal-nav" aria-label={t('portal.productName')}>
          <NavLink to={PORTAL_PATHS.home} end>
            {t('portal.nav.cases')}
          </NavLink>
          <NavLink to={PORTAL_PATHS.newCase}>{t('portal.nav.newCase')}</NavLink>
          <NavLink to={PORTAL_PATHS.help}>{t('portal.nav.help')}</NavLink>
          <PreferencesLink />
        </nav>
      ) : null}
    </header>
  );
}

/**
 * "Email preferences": marketing's consent centre for the customer's own address (a signed link the
 * API makes, ADR 0025), a page of its own outside the portal. Nothing while unknown or without an address.
 */
function PreferencesLink() {
  const { t } = useTranslation();
  const url = useQuery(PortalMeDocument).data?.portalMe.preferencesUrl;
  if (!url) return null;
  return (
    <a href={url} data-testid="portal-preferences">
      {t('portal.nav.preferences')}
    </a>
  );
}
