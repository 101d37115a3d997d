import type { TFunction } from 'i18next';
import type { TemplateKind } from './template-model';

// Labels built from literal keys (the i18n key check reads them).
export const templateKindLabel = (t: TFunction, kind: TemplateKind): string => (kind === 'MARKETING' ? t('templates.kind.MARKETING') : t('templates.kind.TRANSACTIONAL'));
export const templateKindHint = (t: TFunction, kind: TemplateKind): string => (kind === 'MARKETING' ? t('templates.kindHint.MARKETING') : t('templates.kindHint.TRANSACTIONAL'));

/** What each Liquid variable the help lists holds. */
export function variableLabels(t: TFunction): Record<string, string> {
  return {
    'contact.first_name': t('templates.help.variables.contactFirstName'),
    'contact.last_name': t('templates.help.variables.contactLastName'),
    'contact.company': t('templates.help.variables.contactCompany'),
    'company.name': t('templates.help.variables.companyName'),
    'company.postal_address': t('templates.help.variables.companyPostalAddress'),
    unsubscribe_url: t('templates.help.variables.unsubscribeUrl'),
    preferences_url: t('templates.help.variables.preferencesUrl'),
    'campaign.name': t('templates.help.variables.campaignName'),
  };
}
