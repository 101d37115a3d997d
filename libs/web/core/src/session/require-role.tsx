import type { Role } from '@rapport/web-data-access';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useSessionUser } from './session-context';

/** The menu hides what a role cannot use; this covers typed-in URLs. The API still decides. */
export function RequireRole({ role, roles }: { role?: Role; roles?: readonly Role[] }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const allowed = roles ?? (role ? [role] : []);
  if (!allowed.includes(user.role)) {
    return <Result status="403" title={t('errors.forbiddenTitle')} subTitle={t('errors.forbiddenBody')} />;
  }
  return <Outlet />;
}
