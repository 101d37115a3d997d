import type { TFunction } from 'i18next';
import type { CaseReplyTemplateFieldsFragment } from '@rapport/web-data-access';

export type Locale = NonNullable<CaseReplyTemplateFieldsFragment['language']>;

/** The placeholders the API fills (service-domain's REPLY_TEMPLATE_PLACEHOLDERS), in the order the editor lists them. */
export const PLACEHOLDERS = ['contact.first_name', 'contact.last_name', 'case.number', 'case.subject', 'agent.name', 'account.name'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

// One literal key per value (see web-core's custom-field-labels.ts), so the key check sees each of them.
const PLACEHOLDER_NAMES: Record<Placeholder, (t: TFunction) => string> = {
  'contact.first_name': (t) => t('serviceSetup.templates.placeholders.contactFirstName'),
  'contact.last_name': (t) => t('serviceSetup.templates.placeholders.contactLastName'),
  'case.number': (t) => t('serviceSetup.templates.placeholders.caseNumber'),
  'case.subject': (t) => t('serviceSetup.templates.placeholders.caseSubject'),
  'agent.name': (t) => t('serviceSetup.templates.placeholders.agentName'),
  'account.name': (t) => t('serviceSetup.templates.placeholders.accountName'),
};

/** A placeholder as people read it ("Contact’s first name"); one the editor does not know shows as written. */
export const placeholderName = (t: TFunction, name: string): string => PLACEHOLDER_NAMES[name as Placeholder]?.(t) ?? name;

const LANGUAGE_NAMES: Record<Locale, (t: TFunction) => string> = {
  EN: (t) => t('serviceSetup.templates.languages.EN'),
  ZH_CN: (t) => t('serviceSetup.templates.languages.ZH_CN'),
  ZH_TW: (t) => t('serviceSetup.templates.languages.ZH_TW'),
};
export const TEMPLATE_LANGUAGES: readonly Locale[] = ['EN', 'ZH_CN', 'ZH_TW'];
export const languageName = (t: TFunction, l: Locale | null): string => (l ? (LANGUAGE_NAMES[l]?.(t) ?? l) : t('serviceSetup.templates.anyLanguage'));

export type PreviewPart = { text: string } | { placeholder: string };

// `{{ contact.first_name }}`, `{{contact["first_name"] | upcase}}`, `{{- agent.name -}}`: the variable, filters dropped.
const OUTPUT = /\{\{-?\s*([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*|\[\s*["'][^"']+["']\s*\])*)\s*(?:\|[^}]*)?-?\}\}/g;

/**
 * A template as the preview without a case shows it: its text, with each placeholder output as a
 * part of its own (shown as a labelled chip); tags (`{% if %}`) stay as written, since what they
 * choose depends on the case.
 */
export function previewParts(body: string): PreviewPart[] {
  const parts: PreviewPart[] = [];
  let last = 0;
  for (const m of body.matchAll(OUTPUT)) {
    if (m.index > last) parts.push({ text: body.slice(last, m.index) });
    parts.push({ placeholder: m[1]!.replace(/\[\s*["']([^"']+)["']\s*\]/g, '.$1') });
    last = m.index + m[0].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}
