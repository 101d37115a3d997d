import { createHash } from 'node:crypto';
import type { TemplateVariant } from './template';

/**
 * A template version's content key: the same variants, whatever their order, give the same key, so
 * "the same content is never sent to a person twice" holds across templates and versions (ADR 0016).
 */
export const contentKeyOf = (variants: readonly TemplateVariant[]) =>
  createHash('sha256')
    .update(JSON.stringify([...variants].sort((a, b) => a.locale.localeCompare(b.locale)).map((v) => [v.locale, v.subject, v.preheader, v.mjml])))
    .digest('base64url');
