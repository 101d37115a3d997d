import type { PipelinesQuery } from '@rapport/web-data-access';
import { Input, Select, type InputRef } from 'antd';
import type { TFunction } from 'i18next';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountSelect, campaignInputOf, CURRENCY_PATTERN, formFieldsOf, recordInputOf, RecordFormItems, useCampaignControl, type FieldControl, type FormMode } from '@rapport/web-core';

/** Form values of a deal: the catalogue's editable fields (docs/adr/0011), by name. */
export type OpportunityFormValues = Record<string, unknown> & { name: string; currency?: string };

type Pipeline = PipelinesQuery['pipelines'][number];

/** Create-only pickers the page supplies: the account, and the pipeline and its stage. */
const PICKERS = ['accountId', 'pipelineId', 'stageId'] as const;

/** The fields the form shows in a mode, so the API's errors land on them. */
export function opportunityFormFields(mode: FormMode): string[] {
  return [...formFieldsOf('opportunity', mode).map((f) => f.name), 'campaignId', ...(mode === 'create' ? PICKERS : [])];
}

/** The API input from the form: the catalogue's fields in a mode. */
export function opportunityInput(v: OpportunityFormValues, mode: FormMode) {
  const input = recordInputOf('opportunity', v, mode) as { name: string; currency?: string | null };
  // A blank currency on create means "the pipeline's" (left out); it is never cleared.
  return { ...input, ...campaignInputOf(v), currency: v.currency?.trim() || undefined };
}

/** The create input: the catalogue's fields and the pickers' ids. */
export function newOpportunityInput(v: OpportunityFormValues) {
  const picked = (name: string) => (v[name] as string | undefined) || undefined;
  return { ...opportunityInput(v, 'create'), accountId: picked('accountId') ?? '', pipelineId: picked('pipelineId'), stageId: picked('stageId') };
}

/** A currency code is typed, upper-cased as it goes, in the catalogue's place for it. */
function currencyControl(t: TFunction, mode: FormMode): FieldControl {
  return {
    control: <Input maxLength={3} autoComplete="off" data-testid="opportunity-currency" />,
    normalize: (v?: string) => v?.toUpperCase(),
    rules: [{ required: mode === 'update', pattern: CURRENCY_PATTERN, message: t('validation.currency') }],
  };
}

export interface OpportunityPickers {
  /** The account the dialog starts with (opened from an account). */
  account?: { id: string; name: string };
  pipelines: readonly Pipeline[];
  loading: boolean;
  /** The chosen pipeline, whose open stages the stage select offers. */
  pipelineId?: string;
}

/**
 * Deal fields for the create dialog and the record page's edit mode, from the catalogue. On create
 * (`pickers`), the account, pipeline and stage pickers stand in their definition places; they are
 * fixed once the deal exists (the stage then moves on the page's stage card).
 */
export function OpportunityFormItems({
  mode,
  firstField,
  pickers,
  campaign,
}: {
  mode: FormMode;
  firstField?: Ref<InputRef>;
  pickers?: OpportunityPickers;
  /** The deal's campaign, so the picker names it before any search. */
  campaign?: { id: string; name: string } | null;
}) {
  const { t } = useTranslation();
  const controls: Record<string, FieldControl> = { currency: currencyControl(t, mode), ...useCampaignControl(campaign, 'opportunity-campaign') };
  if (pickers) {
    const stages = pickers.pipelines.find((p) => p.id === pickers.pipelineId)?.stages ?? [];
    controls.accountId = { control: <AccountSelect current={pickers.account} data-testid="opportunity-account" /> };
    controls.pipelineId = {
      control: <Select loading={pickers.loading} options={pickers.pipelines.map((p) => ({ value: p.id, label: p.name }))} data-testid="opportunity-pipeline" />,
    };
    controls.stageId = {
      extra: t('opportunities.stageHint'),
      control: (
        <Select
          allowClear
          options={stages.filter((s) => !s.isWon && !s.isLost).map((s) => ({ value: s.id, label: `${s.name} · ${s.probability}%` }))}
          data-testid="opportunity-stage-pick"
        />
      ),
    };
  }
  return <RecordFormItems type="opportunity" mode={mode} firstField={firstField} controls={controls} />;
}
