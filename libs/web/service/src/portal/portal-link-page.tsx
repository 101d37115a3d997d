import { useApolloClient } from '@apollo/client/react';
import { usePageTitle } from '@rapport/web-core';
import { currentLanguage, LoadingState, PasswordInput } from '@rapport/web-ui';
import { Alert, Button, Form } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PortalRequestError, postPortal, splitFieldErrors } from './portal-api';
import { portalErrorMessage } from './portal-errors';
import { PORTAL_PATHS } from './portal-paths';

type LinkKind = 'verify' | 'welcome' | 'signIn';

const TITLES: Record<LinkKind, string> = { verify: 'portal.link.verifyTitle', welcome: 'portal.link.welcomeTitle', signIn: 'portal.link.signInTitle' };

/**
 * A mailed link's page: posts its token (at once, or for an invitation once the customer chose
 * whether to set a password), which signs them in, then opens their cases. A link that will not
 * do shows the server's reason and a way to ask for a new sign-in link.
 */
function PortalLinkPage({ kind }: { kind: LinkKind }) {
  const { t } = useTranslation();
  usePageTitle(t(TITLES[kind]));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const client = useApolloClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ password?: string }>();
  const [busy, setBusy] = useState(kind !== 'welcome');
  const [failure, setFailure] = useState<string>();
  const posted = useRef(false);

  const follow = async (password?: string) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await postPortal('links', password ? { token, password } : { token }, currentLanguage());
      // Signed in by the cookie just set: whatever was cached belonged to no one or someone else.
      await client.clearStore();
      await navigate(PORTAL_PATHS.home, { replace: true });
    } catch (error) {
      setBusy(false);
      const split = error instanceof PortalRequestError ? splitFieldErrors(error.fields, ['password'] as const) : { fields: [], other: [] as string[] };
      if (kind === 'welcome' && split.fields.length && !split.other.length) form.setFields(split.fields);
      else setFailure(split.other[0] ?? portalErrorMessage(error, t));
    }
  };

  useEffect(() => {
    // Once: a token is used up by the first post (React's development double effect included).
    if (kind === 'welcome' || posted.current) return;
    posted.current = true;
    void follow();
  }, []);

  return (
    <section className="portal-card">
      <h1>{t(TITLES[kind])}</h1>
      {failure ? (
        <>
          <Alert data-testid="portal-link-error" type="error" showIcon role="alert" title={t('portal.link.failed')} description={failure} style={{ marginBottom: 16 }} />
          <Link data-testid="portal-link-ask-again" to={PORTAL_PATHS.signIn}>
            {t('portal.link.askAgain')}
          </Link>
        </>
      ) : null}
      {kind === 'welcome' && !failure ? (
        <Form form={form} layout="vertical" requiredMark={false} disabled={busy} onFinish={({ password }) => void follow(password || undefined)}>
          <p>{t('portal.link.welcomeBody')}</p>
          <Form.Item name="password" label={t('portal.link.password')} rules={[{ min: 10, message: t('portal.validation.password') }]}>
            <PasswordInput data-testid="portal-password" autoComplete="new-password" />
          </Form.Item>
          <Button data-testid="portal-link-continue" type="primary" htmlType="submit" block loading={busy}>
            {t('portal.link.continue')}
          </Button>
        </Form>
      ) : null}
      {kind !== 'welcome' && busy ? <LoadingState /> : null}
    </section>
  );
}

export const PortalVerifyPage = () => <PortalLinkPage kind="verify" />;
export const PortalWelcomePage = () => <PortalLinkPage kind="welcome" />;
export const PortalSignInLinkPage = () => <PortalLinkPage kind="signIn" />;
