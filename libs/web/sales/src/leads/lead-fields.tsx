import type { LeadSource } from '@rapport/web-data-access';
import { Select, type InputRef } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ALL_LEAD_SOURCES, ALL_LEAD_STATUSES, campaignInputOf, formFieldsOf, leadSourceLabel, leadStatusLabel, recordInputOf, RecordFormItems, useCampaignControl, type FieldControl, type FormMode,
} from '@rapport/web-core';

/** Form values of a lead: the catalogue's editable fields (docs/adr/0011), by name. */
export type LeadFormValues = Record<string, unknown> & { lastName: string; source?: LeadSource };

/** The fields the form shows in a mode, so the API's errors land on them. */
export function leadFormFields(mode: FormMode): string[] {
  return [...formFieldsOf('lead', mode).map((f) => f.name), 'campaignId'];
}

/** The API input from the form (blank texts clear the value). */
export function leadInput(v: LeadFormValues, mode: FormMode) {
  return { ...(recordInputOf('lead', v, mode) as { lastName: string; source: LeadSource }), ...campaignInputOf(v) };
}

/**
 * Lead fields for the create dialog and the record page's edit mode, from the catalogue. The source
 * asks where the lead came from; a new lead has no status (it starts as new), and a converted
 * lead's status is shown but locked (the API refuses any change).
 */
export function LeadFormItems({
  mode,
  firstField,
  converted = false,
  campaign,
}: {
  mode: FormMode;
  firstField?: Ref<InputRef>;
  converted?: boolean;
  /** The lead's campaign, so the picker names it before any search. */
  campaign?: { id: string; name: string } | null;
}) {
  const { t } = useTranslation();
  const controls: Record<string, FieldControl> = {
    ...useCampaignControl(campaign, 'lead-campaign'),
    source: {
      control: (
        <Select<LeadSource>
          data-testid="lead-source"
          placeholder={t('leads.fields.sourcePlaceholder')}
          options={ALL_LEAD_SOURCES.map((s) => ({ value: s, label: leadSourceLabel(t, s), 'data-testid': `lead-source-${s}` }))}
        />
      ),
    },
    status: {
      extra: converted ? t('leads.convertedLocked') : undefined,
      control: (
        <Select
          disabled={converted}
          // "Converted" is reached through Convert only.
          options={ALL_LEAD_STATUSES.map((s) => ({ value: s, label: leadStatusLabel(t, s), disabled: s === 'CONVERTED' }))}
          data-testid="lead-status-pick"
        />
      ),
    },
  };
  return <RecordFormItems type="lead" mode={mode} firstField={firstField} controls={controls} />;
}
