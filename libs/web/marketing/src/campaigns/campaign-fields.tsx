import type { InputRef } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CampaignSelect, formFieldsOf, recordInputOf, RecordFormItems, type FormMode } from '@rapport/web-core';

/** Form values of a campaign: the catalogue's editable fields (docs/adr/0011) plus the parent picker. */
export type CampaignFormValues = Record<string, unknown> & { name: string; parentCampaignId?: string | null };

export const campaignFormFields = (mode: FormMode) => [...formFieldsOf('campaign', mode).map((f) => f.name), 'parentCampaignId'];

/** The API input from the form: the generic fields, and the parent the picker holds. */
export function campaignInput(v: CampaignFormValues, mode: FormMode) {
  return { ...recordInputOf('campaign', v, mode), parentCampaignId: v.parentCampaignId ?? null };
}

/** Campaign fields for the create dialog and the campaign page's edit mode. */
export function CampaignFormItems({
  mode = 'create',
  firstField,
  self,
  parent,
}: {
  mode?: FormMode;
  firstField?: Ref<InputRef>;
  /** In edit mode: the campaign itself (not offered as its own parent) and its current parent. */
  self?: string;
  parent?: { id: string; name: string } | null;
}) {
  const { t } = useTranslation();
  return (
    <RecordFormItems
      type="campaign"
      mode={mode}
      firstField={firstField}
      controls={{ parentCampaignId: { control: <CampaignSelect current={parent} excludeId={self} placeholder={t('marketing.pickParent')} data-testid="campaign-parentCampaignId" /> } }}
    />
  );
}
