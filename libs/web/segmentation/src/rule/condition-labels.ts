import { lifecycleStageLabel } from '@rapport/web-core';
import type { TFunction } from 'i18next';
import { churnBandLabel, rfmCellLabel } from '../value/value-labels';
import { CHURN_BANDS, LIFECYCLE_STAGES, RFM_CELLS } from '../value/value-model';

// The condition catalogue in words. One literal key per value (the i18n key test reads them, see
// role-labels.ts); the catalogue is open, so a key, parameter or choice a later domain adds shows
// as a readable form of its name until it is labelled here.
type Label = (t: TFunction) => string;

/** "web.pageViews" → "Web page views", "lastDays" → "Last days". */
export function readable(name: string): string {
  const words = name.replace(/[._-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const GROUPS: Record<string, Label> = {
  contact: (t) => t('segments.group.contact'),
  account: (t) => t('segments.group.account'),
  behaviour: (t) => t('segments.group.behaviour'),
  orders: (t) => t('segments.group.orders'),
  metrics: (t) => t('segments.group.metrics'),
  segments: (t) => t('segments.group.segments'),
};

export const GROUP_ORDER = Object.keys(GROUPS);

export const groupLabel = (t: TFunction, group: string): string => GROUPS[group]?.(t) ?? readable(group);

const CONDITIONS: Record<string, Label> = {
  'contact.field': (t) => t('segments.condition.contactField'),
  'account.field': (t) => t('segments.condition.accountField'),
  'activities.count': (t) => t('segments.condition.activitiesCount'),
  'email.sent': (t) => t('segments.condition.emailSent'),
  'email.opened': (t) => t('segments.condition.emailOpened'),
  'email.clicked': (t) => t('segments.condition.emailClicked'),
  'web.pageViews': (t) => t('segments.condition.webPageViews'),
  'consent.optedOut': (t) => t('segments.condition.consentOptedOut'),
  'events.registered': (t) => t('segments.condition.eventsRegistered'),
  'events.attended': (t) => t('segments.condition.eventsAttended'),
  'forms.submitted': (t) => t('segments.condition.formsSubmitted'),
  'orders.aggregate': (t) => t('segments.condition.ordersAggregate'),
  'orders.last': (t) => t('segments.condition.ordersLast'),
  'orders.bought': (t) => t('segments.condition.ordersBought'),
  'metrics.rfmCell': (t) => t('segments.condition.rfmCell'),
  'metrics.churnRisk': (t) => t('segments.condition.churnRisk'),
  'metrics.lifecycleStage': (t) => t('segments.condition.lifecycleStage'),
  'metrics.clv': (t) => t('segments.condition.clv'),
  'metrics.rfmScore': (t) => t('segments.condition.rfmScore'),
  'segments.member': (t) => t('segments.condition.segmentMember'),
};

export const conditionLabel = (t: TFunction, key: string): string => CONDITIONS[key]?.(t) ?? readable(key);

const PARAMS: Record<string, Label> = {
  field: (t) => t('segments.param.field'),
  op: (t) => t('segments.param.op'),
  value: (t) => t('segments.param.value'),
  types: (t) => t('segments.param.types'),
  min: (t) => t('segments.param.min'),
  max: (t) => t('segments.param.max'),
  lastDays: (t) => t('segments.param.lastDays'),
  from: (t) => t('segments.param.from'),
  to: (t) => t('segments.param.to'),
  mailingIds: (t) => t('segments.param.mailingIds'),
  pageContains: (t) => t('segments.param.pageContains'),
  subscriptionTypeId: (t) => t('segments.param.subscriptionTypeId'),
  eventIds: (t) => t('segments.param.eventIds'),
  formIds: (t) => t('segments.param.formIds'),
  measure: (t) => t('segments.param.measure'),
  days: (t) => t('segments.param.days'),
  productIds: (t) => t('segments.param.productIds'),
  productLine: (t) => t('segments.param.productLine'),
  cells: (t) => t('segments.param.cells'),
  bands: (t) => t('segments.param.bands'),
  stages: (t) => t('segments.param.stages'),
  score: (t) => t('segments.param.score'),
  segmentId: (t) => t('segments.param.segmentId'),
};

export const paramLabel = (t: TFunction, name: string): string => PARAMS[name]?.(t) ?? readable(name);

/** Comparison operators (field conditions, order aggregates, lifetime value), also as symbols in sentences. */
const OPERATORS: Record<string, Label> = {
  eq: (t) => t('segments.op.eq'),
  ne: (t) => t('segments.op.ne'),
  in: (t) => t('segments.op.in'),
  contains: (t) => t('segments.op.contains'),
  startsWith: (t) => t('segments.op.startsWith'),
  isNull: (t) => t('segments.op.isNull'),
  gt: (t) => t('segments.op.gt'),
  gte: (t) => t('segments.op.gte'),
  lt: (t) => t('segments.op.lt'),
  lte: (t) => t('segments.op.lte'),
  within: (t) => t('segments.op.within'),
  before: (t) => t('segments.op.before'),
};

type ChoiceLabel = (t: TFunction, value: string) => string | undefined;

const keyed = (labels: Record<string, Label>): ChoiceLabel => (t, value) => labels[value]?.(t);

/**
 * The metrics' choices in the customer value screens' own words (value-labels.tsx, web-core's
 * stage labels): the segments area loads the customer value messages for them (lazy-messages.ts).
 */
const named = (values: readonly string[], label: (t: TFunction, value: string) => string): ChoiceLabel => (t, value) => (values.includes(value) ? label(t, value) : undefined);

const CHOICES: Record<string, ChoiceLabel> = {
  op: keyed(OPERATORS),
  types: keyed({
    call: (t) => t('segments.choice.types.call'),
    meeting: (t) => t('segments.choice.types.meeting'),
    task: (t) => t('segments.choice.types.task'),
    note: (t) => t('segments.choice.types.note'),
    email: (t) => t('segments.choice.types.email'),
  }),
  measure: keyed({
    count: (t) => t('segments.choice.measure.count'),
    sum: (t) => t('segments.choice.measure.sum'),
    average: (t) => t('segments.choice.measure.average'),
  }),
  cells: named(RFM_CELLS, rfmCellLabel),
  bands: named(CHURN_BANDS, churnBandLabel),
  stages: named(LIFECYCLE_STAGES, lifecycleStageLabel),
  score: keyed({
    r: (t) => t('segments.choice.score.r'),
    f: (t) => t('segments.choice.score.f'),
    m: (t) => t('segments.choice.score.m'),
  }),
};

/** A choice of a parameter in words ("Champions", "Meeting", "at least"). */
export const choiceLabel = (t: TFunction, param: string, value: string): string => CHOICES[param]?.(t, value) ?? readable(value);

const SYMBOLS: Record<string, string> = { eq: '=', ne: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' };

/** Comparisons as symbols in sentences ("count ≥ 2"), the rest in words. */
export const operatorText = (t: TFunction, op: string): string => SYMBOLS[op] ?? choiceLabel(t, 'op', op);
