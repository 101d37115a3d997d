import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { fetchGraphQL, LoginDocument, UpdateMyPreferencesDocument } from '@rapport/web-data-access';
import {
  PasswordInput,
  AuthLayout,
  currentLanguage,
  LanguageSwitch,
  languageFromLocale,
  localeFromLanguage,
  setLanguage,
  type Language,
} from '@rapport/web-ui';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isCustomer, usePageTitle } from '@rapport/web-core';
import { handOverSession } from '../../session/session-handoff';
import { describeLoginError, type LoginErrorView } from './login-error';

interface LoginValues {
  email: string;
  password: string;
}

function redirectTarget(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only same-app paths: never bounce to another origin from a crafted link.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login'
    ? from
    : '/';
}

/**
 * The sign-in form. It talks to the API with a plain fetch (`fetchGraphQL`), not Apollo: the
 * login page is the first download of every visit and Apollo is needed only behind it (issue 12).
 */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<LoginValues>();
  const [loading, setLoading] = useState(false);
  // A language picked on this page is a fresh, explicit choice: it wins over the profile.
  const [picked, setPicked] = useState<Language>();
  const [failure, setFailure] = useState<LoginErrorView>();
  const [blocked, setBlocked] = useState(false);

  // Re-enable the button once the rate limit has passed.
  useEffect(() => {
    if (!failure?.blockedUntil) return;
    const wait = failure.blockedUntil - Date.now();
    if (wait <= 0) return;
    setBlocked(true);
    const timer = setTimeout(() => setBlocked(false), wait);
    return () => clearTimeout(timer);
  }, [failure]);

  const onFinish = async ({ email, password }: LoginValues) => {
    setFailure(undefined);
    setLoading(true);
    try {
      const { login } = await fetchGraphQL(LoginDocument, { input: { email: email.trim(), password } }, { language: currentLanguage() });
      const { user } = login;
      // The signed-in tree seeds its session query with this user: the app opens without asking again.
      handOverSession(user);
      if (picked && localeFromLanguage(picked) !== user.locale) {
        // Best effort: the switch already happened here; the profile catches up.
        fetchGraphQL(UpdateMyPreferencesDocument, { input: { locale: localeFromLanguage(picked) } }).catch(() => undefined);
      } else if (!picked) {
        await setLanguage(languageFromLocale(user.locale));
      }
      // A customer who signs in here has the customer portal, not the staff app.
      await navigate(isCustomer(user.permissions) ? '/portal' : redirectTarget(location.state), { replace: true });
    } catch (error) {
      setLoading(false);
      setFailure(describeLoginError(error, t));
      form.setFieldValue('password', '');
    }
  };

  return (
    <AuthLayout
      title={t('login.title')}
      subtitle={t('login.subtitle')}
      corner={
        <LanguageSwitch
          value={currentLanguage()}
          onChange={(lng) => {
            // Signed out, a switch is remembered on this device only; the profile follows on sign-in.
            void setLanguage(lng);
            setPicked(lng);
          }}
        />
      }
    >
      {failure ? (
        <Alert
          data-testid="login-error"
          type="error"
          showIcon
          role="alert"
          title={failure.message}
          description={failure.detail}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form<LoginValues> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} disabled={loading}>
        <Form.Item
          name="email"
          label={t('login.email')}
          rules={[
            { required: true, message: t('validation.required') },
            { type: 'email', message: t('validation.email') },
          ]}
        >
          <Input
            data-testid="login-email"
            prefix={<MailOutlined />}
            type="email"
            autoComplete="username"
            autoFocus
            inputMode="email"
          />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('validation.required') }]}>
          <PasswordInput data-testid="login-password" prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button
          data-testid="login-submit"
          type="primary"
          htmlType="submit"
          block
          loading={loading}
          disabled={blocked}
        >
          {t('login.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
