import type { TFunction } from 'i18next';
import type { CasePriority } from './sla/targets-model';

// One literal key per value (see web-core's custom-field-labels.ts), so the key check sees each of them.
const PRIORITY_NAMES: Record<CasePriority, (t: TFunction) => string> = {
  LOW: (t) => t('serviceSetup.priorities.LOW'),
  NORMAL: (t) => t('serviceSetup.priorities.NORMAL'),
  HIGH: (t) => t('serviceSetup.priorities.HIGH'),
  URGENT: (t) => t('serviceSetup.priorities.URGENT'),
};

/** A case priority as Service setup names it; a priority the API adds later shows as itself. */
export const setupPriorityName = (t: TFunction, p: CasePriority): string => PRIORITY_NAMES[p]?.(t) ?? p;
