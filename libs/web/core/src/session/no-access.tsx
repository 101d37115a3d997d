import { useQuery } from '@apollo/client/react';
import { RolesDocument, type Role } from '@rapport/web-data-access';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleLabel } from '../labels/role-labels';
import { PageResult } from '../layout/page-result';
import { usePageTitle } from '../layout/use-page-title';
import { LinkButton } from '../navigation/link-button';
import { meetsAll, type Requirement } from './permissions';
import { requirementsLabel } from './requirement-labels';
import { useSessionUser } from './session-context';

/**
 * What someone sees on a page their role may not use: what it needs, in words, that their role
 * lacks it, which roles have it (from the same permission table), and the way back. Not an error:
 * nothing failed, so there is nothing to try again.
 */
export function NoAccess({ needs }: { needs: readonly Requirement[] }) {
  const { t, i18n } = useTranslation();
  const me = useSessionUser();
  const title = t('access.noAccess.title');
  usePageTitle(title);
  // The matrix is public to staff; without it the page still explains itself.
  const { data } = useQuery(RolesDocument, { errorPolicy: 'all' });
  // People's roles only: the integration role is what API keys act as, nobody signs in with it.
  const roles = (data?.roles ?? []).filter((r) => r.role !== 'INTEGRATION' && meetsAll(r.permissions, needs)).map((r) => roleLabel(t, r.role as Role));
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return (
    <PageResult
      data-testid="no-access"
      status="403"
      title={title}
      subTitle={
        <>
          <Typography.Paragraph data-testid="no-access-needs">
            {t('access.noAccess.needs', { needs: requirementsLabel(t, needs) })} {t('access.noAccess.yourRole', { role: roleLabel(t, me.role) })}
          </Typography.Paragraph>
          {roles.length ? <Typography.Paragraph data-testid="no-access-roles">{t('access.noAccess.rolesWith', { roles: list.format(roles) })}</Typography.Paragraph> : null}
          <Typography.Paragraph>{t('access.noAccess.ask')}</Typography.Paragraph>
        </>
      }
      extra={
        <LinkButton to="/" type="primary" data-testid="no-access-home">
          {t('access.noAccess.home')}
        </LinkButton>
      }
    />
  );
}
