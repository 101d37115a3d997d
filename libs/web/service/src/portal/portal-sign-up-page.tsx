import { usePageTitle } from '@rapport/web-core';
import { currentLanguage, PasswordInput } from '@rapport/web-ui';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PortalRequestError, postPortal, splitFieldErrors } from './portal-api';
import { portalErrorMessage } from './portal-errors';
import { PORTAL_PATHS } from './portal-paths';

interface SignUpValues {
  name: string;
  email: string;
  password: string;
}

const FIELDS = ['name', 'email', 'password'] as const;

/** Self-registration: a link to confirm the address is mailed; the answer is the same for a known address. */
export default function PortalSignUpPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.signUp.title'));
  const [form] = Form.useForm<SignUpValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();

  const onFinish = async ({ name, email, password }: SignUpValues) => {
    setFailure(undefined);
    setBusy(true);
    try {
      await postPortal('sign-up', { email: email.trim(), name: name.trim(), password, language: currentLanguage() }, currentLanguage());
      setSentTo(email.trim());
    } catch (error) {
      const split = error instanceof PortalRequestError ? splitFieldErrors(error.fields, FIELDS) : { fields: [], other: [] as string[] };
      form.setFields(split.fields);
      if (!split.fields.length || split.other.length) setFailure(split.other[0] ?? portalErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  if (sentTo) {
    return (
      <section className="portal-card">
        <h1>{t('portal.signUp.title')}</h1>
        <Alert data-testid="portal-sign-up-sent" type="success" showIcon role="status" title={t('portal.signUp.checkMail', { email: sentTo })} />
      </section>
    );
  }

  return (
    <section className="portal-card">
      <h1>{t('portal.signUp.title')}</h1>
      {failure ? <Alert data-testid="portal-sign-up-error" type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} /> : null}
      <Form<SignUpValues> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void onFinish(v)} disabled={busy}>
        <Form.Item name="name" label={t('portal.signUp.name')} rules={[{ required: true, whitespace: true, message: t('portal.validation.required') }]}>
          <Input data-testid="portal-name" autoComplete="name" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('portal.signUp.email')}
          rules={[
            { required: true, message: t('portal.validation.required') },
            { type: 'email', message: t('portal.validation.email') },
          ]}
        >
          <Input data-testid="portal-email" type="email" autoComplete="email" inputMode="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('portal.signUp.password')}
          rules={[
            { required: true, message: t('portal.validation.required') },
            { min: 10, message: t('portal.validation.password') },
          ]}
        >
          <PasswordInput data-testid="portal-password" autoComplete="new-password" />
        </Form.Item>
        <Button data-testid="portal-sign-up" type="primary" htmlType="submit" block loading={busy}>
          {t('portal.signUp.submit')}
        </Button>
      </Form>
      <p style={{ marginTop: 16 }}>
        {t('portal.signUp.haveAccount')} <Link to={PORTAL_PATHS.signIn}>{t('portal.signIn.title')}</Link>
      </p>
    </section>
  );
}
