import { useApolloClient } from '@apollo/client/react';
import { fetchGraphQL, LoginDocument, MeDocument } from '@rapport/web-data-access';
import { usePageTitle } from '@rapport/web-core';
import { currentLanguage, languageFromLocale, PasswordInput, setLanguage } from '@rapport/web-ui';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { postPortal } from './portal-api';
import { portalErrorMessage } from './portal-errors';
import { PORTAL_PATHS } from './portal-paths';

interface SignInValues {
  email: string;
  password?: string;
}

/**
 * The customer's way in: a password (the same `login` as staff), or a sign-in link by mail for
 * those who chose none. Asking for a link answers the same whether the address is known or not.
 */
export default function PortalSignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.signIn.title'));
  const client = useApolloClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<SignInValues>();
  const [busy, setBusy] = useState<'password' | 'link'>();
  const [failure, setFailure] = useState<string>();
  const [linkSentTo, setLinkSentTo] = useState<string>();

  const signIn = async ({ email, password }: SignInValues) => {
    setFailure(undefined);
    setLinkSentTo(undefined);
    if (!password) {
      form.setFields([{ name: 'password', errors: [t('portal.validation.required')] }]);
      return;
    }
    setBusy('password');
    try {
      const { login } = await fetchGraphQL(LoginDocument, { input: { email: email.trim(), password } }, { language: currentLanguage() });
      // A new session: nothing cached for another person may show, and the gate asks no `me` again.
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: login.user } });
      await setLanguage(languageFromLocale(login.user.locale));
      await navigate(PORTAL_PATHS.home, { replace: true });
    } catch (error) {
      setBusy(undefined);
      setFailure(portalErrorMessage(error, t));
      form.setFieldValue('password', '');
    }
  };

  const mailLink = async () => {
    setFailure(undefined);
    setLinkSentTo(undefined);
    let email: string;
    try {
      ({ email } = await form.validateFields(['email']));
    } catch {
      return;
    }
    setBusy('link');
    try {
      await postPortal('sign-in-link', { email: email.trim() }, currentLanguage());
      setLinkSentTo(email.trim());
    } catch (error) {
      setFailure(portalErrorMessage(error, t));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="portal-card">
      <h1>{t('portal.signIn.title')}</h1>
      {failure ? <Alert data-testid="portal-sign-in-error" type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} /> : null}
      {linkSentTo ? <Alert data-testid="portal-link-sent" type="success" showIcon role="status" title={t('portal.signIn.linkSent', { email: linkSentTo })} style={{ marginBottom: 16 }} /> : null}
      <Form<SignInValues> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void signIn(v)} disabled={!!busy}>
        <Form.Item
          name="email"
          label={t('portal.signIn.email')}
          rules={[
            { required: true, message: t('portal.validation.required') },
            { type: 'email', message: t('portal.validation.email') },
          ]}
        >
          <Input data-testid="portal-email" type="email" autoComplete="username" inputMode="email" />
        </Form.Item>
        <Form.Item name="password" label={t('portal.signIn.password')}>
          <PasswordInput data-testid="portal-password" autoComplete="current-password" />
        </Form.Item>
        <Button data-testid="portal-sign-in" type="primary" htmlType="submit" block loading={busy === 'password'}>
          {t('portal.signIn.submit')}
        </Button>
        <Button data-testid="portal-email-link" block style={{ marginTop: 8 }} loading={busy === 'link'} onClick={() => void mailLink()}>
          {t('portal.signIn.emailLink')}
        </Button>
      </Form>
      <p style={{ marginTop: 16 }}>
        {t('portal.signIn.noAccount')} <Link to={PORTAL_PATHS.signUp}>{t('portal.signIn.signUp')}</Link>
      </p>
    </section>
  );
}
