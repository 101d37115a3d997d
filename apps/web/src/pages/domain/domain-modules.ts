import type { TFunction } from 'i18next';

/**
 * Domain modules the shell links to that have no screens yet; each leaves this list when its
 * pages land (sales and leads live in `pages/sales`).
 */
export const DOMAIN_MODULES = ['marketing', 'service', 'reports'] as const;
export type DomainModule = (typeof DOMAIN_MODULES)[number];

interface ModuleTexts {
  title: (t: TFunction) => string;
  empty: (t: TFunction) => string;
}

export const MODULE_TEXTS: Record<DomainModule, ModuleTexts> = {
  marketing: { title: (t) => t('nav.marketing'), empty: (t) => t('modules.marketing.empty') },
  service: { title: (t) => t('nav.service'), empty: (t) => t('modules.service.empty') },
  reports: { title: (t) => t('nav.reports'), empty: (t) => t('modules.reports.empty') },
};
