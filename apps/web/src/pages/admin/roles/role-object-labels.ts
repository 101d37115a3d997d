import { objectLabel } from '@rapport/web-core';
import type { TFunction } from 'i18next';

/**
 * The permission table's objects as Admin → Roles names them. Their words are the page's own
 * (lazy/roles.*.json, `roleObjects.*`, loaded with it), not the first screen's: only this page lists
 * every object. Users, teams, API keys and the audit log keep the first-screen labels web-core has;
 * an object added later shows in web-core's readable form until it is named here.
 */
const ROLE_OBJECT_LABELS: Record<string, (t: TFunction) => string> = {
  account: (t) => t('roleObjects.account'),
  contact: (t) => t('roleObjects.contact'),
  lead: (t) => t('roleObjects.lead'),
  opportunity: (t) => t('roleObjects.opportunity'),
  activity: (t) => t('roleObjects.activity'),
  pipeline: (t) => t('roleObjects.pipeline'),
  leadSetup: (t) => t('roleObjects.leadSetup'),
  leadImport: (t) => t('roleObjects.leadImport'),
  catalog: (t) => t('roleObjects.catalog'),
  quote: (t) => t('roleObjects.quote'),
  commitment: (t) => t('roleObjects.commitment'),
  forecast: (t) => t('roleObjects.forecast'),
  quoteApproval: (t) => t('roleObjects.quoteApproval'),
  quoteUnlock: (t) => t('roleObjects.quoteUnlock'),
  forecastAdjustment: (t) => t('roleObjects.forecastAdjustment'),
  handover: (t) => t('roleObjects.handover'),
  sharedView: (t) => t('roleObjects.sharedView'),
  campaign: (t) => t('roleObjects.campaign'),
  mailing: (t) => t('roleObjects.mailing'),
  contactPolicy: (t) => t('roleObjects.contactPolicy'),
  event: (t) => t('roleObjects.event'),
  segment: (t) => t('roleObjects.segment'),
  order: (t) => t('roleObjects.order'),
  customerValue: (t) => t('roleObjects.customerValue'),
  serviceSetup: (t) => t('roleObjects.serviceSetup'),
  case: (t) => t('roleObjects.case'),
  caseNote: (t) => t('roleObjects.caseNote'),
  workOrder: (t) => t('roleObjects.workOrder'),
  routing: (t) => t('roleObjects.routing'),
  knowledge: (t) => t('roleObjects.knowledge'),
  csat: (t) => t('roleObjects.csat'),
  portalCase: (t) => t('roleObjects.portalCase'),
  routedCases: (t) => t('roleObjects.routedCases'),
};

export function roleObjectLabel(t: TFunction, object: string): string {
  return ROLE_OBJECT_LABELS[object]?.(t) ?? objectLabel(t, object);
}
