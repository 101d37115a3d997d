import type { TFunction } from 'i18next';
import type { FilterOp } from './filter-model';

// One literal key per operator (see role-labels.ts) so the i18n key test sees each.
const OPERATOR_LABELS: Record<FilterOp, (t: TFunction) => string> = {
  contains: (t) => t('filters.op.contains'),
  startsWith: (t) => t('filters.op.startsWith'),
  eq: (t) => t('filters.op.eq'),
  ne: (t) => t('filters.op.ne'),
  gt: (t) => t('filters.op.gt'),
  gte: (t) => t('filters.op.gte'),
  lt: (t) => t('filters.op.lt'),
  lte: (t) => t('filters.op.lte'),
  on: (t) => t('filters.op.on'),
  before: (t) => t('filters.op.before'),
  after: (t) => t('filters.op.after'),
  in: (t) => t('filters.op.in'),
  notIn: (t) => t('filters.op.notIn'),
  hasAny: (t) => t('filters.op.hasAny'),
  hasAll: (t) => t('filters.op.hasAll'),
  isTrue: (t) => t('filters.op.isTrue'),
  isFalse: (t) => t('filters.op.isFalse'),
  isEmpty: (t) => t('filters.op.isEmpty'),
  isNotEmpty: (t) => t('filters.op.isNotEmpty'),
};

export const operatorLabel = (t: TFunction, op: FilterOp): string => OPERATOR_LABELS[op]?.(t) ?? op;
