import { campaignPath } from '@rapport/web-core';
import { formatDateTime } from '@rapport/web-ui';
import { Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AudienceSummary } from '../audience-summary';
import type { CampaignName } from '../use-campaign-names';
import { recurrenceText } from '../recurrence-labels';
import { AudienceCount } from './audience-count';
import { localHourOf, recurrenceOf, scheduledAtOf, type WizardValues } from './wizard-values';

export interface ReviewStepProps {
  values: WizardValues;
  campaign: CampaignName | undefined;
  names: ReadonlyMap<string, CampaignName>;
  templateName: string | undefined;
  typeName: string | undefined;
  draftId: string | null;
  savedVersion: string;
  /** The contact policy's zone, which a series with no zone of its own repeats in (null: not known to this viewer). */
  policyTimeZone: string | null;
}

/** Step 4: everything in plain words, and the count as it stands now; the wizard's "Send" (or "Start series") is under it. */
export function ReviewStep({ values, campaign, names, templateName, typeName, draftId, savedVersion, policyTimeZone }: ReviewStepProps) {
  const { t, i18n } = useTranslation();
  const at = scheduledAtOf(values);
  const hour = localHourOf(values);
  const rule = recurrenceOf(values);
  const ruleWords = rule
    ? recurrenceText(t, i18n.language, {
        ...rule,
        interval: rule.interval ?? 1,
        weekdays: rule.weekdays ?? [],
        monthDay: rule.monthDay ?? null,
        minute: rule.minute ?? 0,
        timeZone: rule.timeZone ?? policyTimeZone,
        count: rule.count ?? null,
        until: rule.until ?? null,
      })
    : t('mailings.review.once');
  const items = [
    { key: 'name', label: t('mailings.fields.name'), children: values.name },
    { key: 'campaign', label: t('mailings.fields.campaign'), children: campaign ? <Link to={campaignPath(campaign.id)}>{campaign.name}</Link> : '…' },
    { key: 'template', label: t('mailings.fields.template'), children: templateName ?? '…' },
    { key: 'type', label: t('mailings.fields.subscriptionType'), children: typeName ? t('mailings.review.type', { type: typeName }) : '…' },
    {
      key: 'audience',
      label: t('mailings.fields.audience'),
      children: <AudienceSummary campaign={campaign} audience={values} names={names} />,
    },
    { key: 'resend', label: t('mailings.fields.resendAllowed'), children: values.resendAllowed ? t('mailings.review.resendYes') : t('mailings.review.resendNo') },
    { key: 'repeat', label: t('mailings.fields.recurrence'), children: <span data-testid="mailing-review-repeat">{ruleWords}</span> },
    rule
      ? { key: 'when', label: t('mailings.fields.seriesStart'), children: at ? t('mailings.review.at', { at: formatDateTime(at) }) : t('mailings.review.seriesNow') }
      : { key: 'when', label: t('mailings.fields.when'), children: at ? t('mailings.review.at', { at: formatDateTime(at) }) : t('mailings.review.now') },
    { key: 'delivery', label: t('mailings.fields.delivery'), children: hour === null ? t('mailings.review.asap') : t('mailings.review.local', { hour: `${String(hour).padStart(2, '0')}:00` }) },
  ];
  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph style={{ margin: 0 }}>{t('mailings.review.intro')}</Typography.Paragraph>
      <Descriptions column={1} size="small" bordered items={items} data-testid="mailing-review" styles={{ label: { width: '32%' } }} />
      {draftId ? <AudienceCount mailingId={draftId} version={savedVersion} /> : null}
    </Flex>
  );
}
