import type { TFunction } from 'i18next';
import { objectLabel } from '../labels/role-labels';
import type { PermissionAction, PermissionObject, Requirement } from './permissions';

type Phrase = (t: TFunction) => string;

// One literal key per phrase, so the i18n key test sees every one (see role-labels.ts).
const PHRASES: Partial<Record<`${PermissionObject}.${PermissionAction}`, Phrase>> = {
  'user.read': (t) => t('access.needs.userRead'),
  'user.write': (t) => t('access.needs.userWrite'),
  'team.read': (t) => t('access.needs.teamRead'),
  'team.write': (t) => t('access.needs.teamWrite'),
  'apiKey.read': (t) => t('access.needs.apiKeyRead'),
  'apiKey.write': (t) => t('access.needs.apiKeyWrite'),
  'auditLog.read': (t) => t('access.needs.auditLogRead'),
  'account.read': (t) => t('access.needs.accountRead'),
  'account.write': (t) => t('access.needs.accountWrite'),
  'contact.read': (t) => t('access.needs.contactRead'),
  'contact.write': (t) => t('access.needs.contactWrite'),
  'lead.read': (t) => t('access.needs.leadRead'),
  'lead.write': (t) => t('access.needs.leadWrite'),
  'opportunity.read': (t) => t('access.needs.opportunityRead'),
  'opportunity.write': (t) => t('access.needs.opportunityWrite'),
  'activity.read': (t) => t('access.needs.activityRead'),
  'activity.write': (t) => t('access.needs.activityWrite'),
  'pipeline.read': (t) => t('access.needs.pipelineRead'),
  'pipeline.write': (t) => t('access.needs.pipelineWrite'),
  'leadSetup.read': (t) => t('access.needs.leadSetupRead'),
  'leadSetup.write': (t) => t('access.needs.leadSetupWrite'),
  'leadImport.read': (t) => t('access.needs.leadImportRead'),
  'leadImport.write': (t) => t('access.needs.leadImportWrite'),
  'catalog.read': (t) => t('access.needs.catalogRead'),
  'catalog.write': (t) => t('access.needs.catalogWrite'),
  'quote.read': (t) => t('access.needs.quoteRead'),
  'quote.write': (t) => t('access.needs.quoteWrite'),
  'commitment.read': (t) => t('access.needs.commitmentRead'),
  'commitment.write': (t) => t('access.needs.commitmentWrite'),
  'forecast.read': (t) => t('access.needs.forecastRead'),
  'forecast.write': (t) => t('access.needs.forecastWrite'),
  'quoteApproval.read': (t) => t('access.needs.quoteApprovalRead'),
  'quoteApproval.write': (t) => t('access.needs.quoteApprovalWrite'),
  'quoteUnlock.write': (t) => t('access.needs.quoteUnlockWrite'),
  'forecastAdjustment.write': (t) => t('access.needs.forecastAdjustmentWrite'),
  'handover.write': (t) => t('access.needs.handoverWrite'),
  'sharedView.write': (t) => t('access.needs.sharedViewWrite'),
  'campaign.read': (t) => t('campaigns.needs.read'),
  'campaign.write': (t) => t('campaigns.needs.write'),
  'mailing.read': (t) => t('campaigns.needs.mailingRead'),
  'mailing.write': (t) => t('campaigns.needs.mailingWrite'),
  'contactPolicy.read': (t) => t('campaigns.needs.contactPolicyRead'),
  'contactPolicy.write': (t) => t('campaigns.needs.contactPolicyWrite'),
};

/** "see opportunities", "manage users across the whole organisation": one requirement in words. */
export function requirementLabel(t: TFunction, need: Requirement): string {
  const phrase = PHRASES[`${need.object}.${need.action}`]?.(t) ?? objectLabel(t, need.object);
  return need.scope === 'ALL' ? t('access.wholeOrganisation', { need: phrase }) : phrase;
}

/** Several requirements as one phrase: "see opportunities and see the sales pipelines". */
export function requirementsLabel(t: TFunction, needs: readonly Requirement[]): string {
  const phrases = needs.map((n) => requirementLabel(t, n));
  return phrases.length ? phrases.reduce((first, second) => t('access.and', { first, second })) : '';
}

// Plural nouns for lists' empty states.
const OBJECTS: Partial<Record<PermissionObject, Phrase>> = {
  account: (t) => t('access.objects.account'),
  contact: (t) => t('access.objects.contact'),
  lead: (t) => t('access.objects.lead'),
  opportunity: (t) => t('access.objects.opportunity'),
  activity: (t) => t('access.objects.activity'),
  quote: (t) => t('access.objects.quote'),
  commitment: (t) => t('access.objects.commitment'),
  campaign: (t) => t('campaigns.objects'),
  mailing: (t) => t('campaigns.mailingObjects'),
};

export function objectsLabel(t: TFunction, object: PermissionObject): string {
  return OBJECTS[object]?.(t) ?? objectLabel(t, object);
}
