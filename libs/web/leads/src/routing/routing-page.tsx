import { PageHeader } from '@rapport/web-ui';
import { Alert, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { usePermissions } from '@rapport/web-core';
import { INTAKE_NEEDS } from '../shared/intake-access';
import { IntakeSettingsCard } from './intake-settings-card';
import { RoutingProfilesCard } from './routing-profiles-card';
import { RoutingRulesCard } from './routing-rules-card';

const TABS = ['rules', 'settings', 'profiles'] as const;
type Tab = (typeof TABS)[number];

/**
 * Lead routing set-up: the ordered rules, the company settings (fallback owner, business hours,
 * escalation ladder) and each rep's routing profile. Admins edit; managers and marketers read.
 * The tab is kept in the address (`?tab=`) so a link or a reload lands on the same part.
 */
export function RoutingPage() {
  const { t } = useTranslation();
  usePageTitle(t('intake.routing.title'));
  const canEdit = usePermissions().allows(INTAKE_NEEDS.setupWrite);
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'rules';

  return (
    <>
      <PageHeader title={t('intake.routing.title')} subtitle={t('intake.routing.subtitle')} />
      {!canEdit ? <Alert type="info" showIcon title={t('intake.common.readOnly')} style={{ marginBottom: 16 }} data-testid="intake-read-only" /> : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'rules' ? {} : { tab: key }, { replace: true })}
        data-testid="routing-tabs"
        items={[
          { key: 'rules', label: <span data-testid="routing-tab-rules">{t('intake.routing.tabRules')}</span>, children: <RoutingRulesCard canEdit={canEdit} /> },
          { key: 'settings', label: <span data-testid="routing-tab-settings">{t('intake.routing.tabSettings')}</span>, children: <IntakeSettingsCard canEdit={canEdit} /> },
          { key: 'profiles', label: <span data-testid="routing-tab-profiles">{t('intake.routing.tabProfiles')}</span>, children: <RoutingProfilesCard canEdit={canEdit} /> },
        ]}
      />
    </>
  );
}

export default RoutingPage;
