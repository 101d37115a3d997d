import type { PipelinesQuery } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';
import { filterFieldsOf, type FilterFieldDef } from '@rapport/web-core';

/**
 * Built-in fields of the opportunities filter builder (OpportunityFilter), from the catalogue; the
 * stage and pipeline are picked from the pipelines (stages named with their pipeline when there
 * are several).
 */
export function opportunityFilterFields(t: TFunction, pipelines: PipelinesQuery['pipelines']): FilterFieldDef[] {
  const several = pipelines.length > 1;
  return filterFieldsOf('opportunity', t, undefined, {
    stageId: pipelines.flatMap((p) => p.stages.map((s) => ({ value: s.id, label: several ? `${p.name} · ${s.name}` : s.name }))),
    pipelineId: pipelines.map((p) => ({ value: p.id, label: p.name })),
  });
}
