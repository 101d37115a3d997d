import type { PipelinesQuery } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';
import type { FilterFieldDef } from '@rapport/web-core';

/** Built-in fields of the opportunities filter builder (OpportunityFilter). */
export function opportunityFilterFields(t: TFunction, pipelines: PipelinesQuery['pipelines']): FilterFieldDef[] {
  const several = pipelines.length > 1;
  return [
    { id: 'name', label: t('fields.name'), kind: 'text' },
    { id: 'amount', label: t('fields.amount'), kind: 'number', nullable: true },
    // A date without time: compared by calendar day.
    { id: 'closeDate', label: t('fields.closeDate'), kind: 'date', nullable: true },
    {
      id: 'stageId',
      label: t('fields.stage'),
      kind: 'select',
      options: pipelines.flatMap((p) => p.stages.map((s) => ({ value: s.id, label: several ? `${p.name} · ${s.name}` : s.name }))),
    },
    { id: 'pipelineId', label: t('fields.pipeline'), kind: 'select', options: pipelines.map((p) => ({ value: p.id, label: p.name })) },
    { id: 'isClosed', label: t('opportunities.fields.isClosed'), kind: 'boolean' },
    { id: 'campaign', label: t('leads.fields.campaign'), kind: 'text', nullable: true },
    { id: 'ownerId', label: t('common.owner'), kind: 'user', nullable: true },
    { id: 'createdAt', label: t('common.created'), kind: 'datetime' },
    { id: 'updatedAt', label: t('common.updated'), kind: 'datetime' },
  ];
}
