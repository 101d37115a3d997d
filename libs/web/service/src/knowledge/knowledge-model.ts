import type { KnowledgeArticleRowFragment, KnowledgeCategoryFieldsFragment } from '@rapport/web-data-access';
import { hasCjk, LANGUAGE_NATIVE_NAMES, SUPPORTED_LANGUAGES, type Language } from '@rapport/web-ui';
import { diffChars, diffWords } from 'diff';
import type { TFunction } from 'i18next';

/** An article is written in one of the app's languages; its translations are the others. */
export type KnowledgeVersionStatus = KnowledgeArticleRowFragment['status'];
export type KnowledgeAudience = KnowledgeArticleRowFragment['audience'];

export const KB_LANGUAGES: readonly Language[] = SUPPORTED_LANGUAGES;
export const languageName = (code: string) => LANGUAGE_NATIVE_NAMES[code as Language] ?? code;

export const STATUSES: readonly KnowledgeVersionStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];
export const AUDIENCES: readonly KnowledgeAudience[] = ['INTERNAL', 'CUSTOMERS', 'PARTNERS'];

// One literal key per value, so the key check sees each of them.
const STATUS_LABEL: Record<KnowledgeVersionStatus, (t: TFunction) => string> = {
  DRAFT: (t) => t('knowledge.status.DRAFT'),
  IN_REVIEW: (t) => t('knowledge.status.IN_REVIEW'),
  PUBLISHED: (t) => t('knowledge.status.PUBLISHED'),
  ARCHIVED: (t) => t('knowledge.status.ARCHIVED'),
};
const AUDIENCE_LABEL: Record<KnowledgeAudience, (t: TFunction) => string> = {
  INTERNAL: (t) => t('knowledge.audience.INTERNAL'),
  CUSTOMERS: (t) => t('knowledge.audience.CUSTOMERS'),
  PARTNERS: (t) => t('knowledge.audience.PARTNERS'),
};
export const statusLabel = (t: TFunction, s: KnowledgeVersionStatus) => STATUS_LABEL[s](t);
export const audienceLabel = (t: TFunction, a: KnowledgeAudience) => AUDIENCE_LABEL[a](t);

/** Tag colours back the status words; they never carry the meaning alone. */
export const STATUS_COLOR: Record<KnowledgeVersionStatus, string> = { DRAFT: 'default', IN_REVIEW: 'gold', PUBLISHED: 'green', ARCHIVED: 'default' };

export interface CategoryNode {
  value: string;
  title: string;
  children: CategoryNode[];
}

/** The category list (each with its parent, in order) as a tree; a category whose parent is gone sits at the top. */
export function categoryTree(categories: readonly KnowledgeCategoryFieldsFragment[]): CategoryNode[] {
  const nodes = new Map(categories.map((c) => [c.id, { value: c.id, title: c.name, children: [] as CategoryNode[] }]));
  const roots: CategoryNode[] = [];
  for (const c of categories) {
    const node = nodes.get(c.id)!;
    const parent = c.parentId ? nodes.get(c.parentId) : undefined;
    (parent && parent !== node ? parent.children : roots).push(node);
  }
  return roots;
}

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

/** What changed from `before` to `after`: by character in CJK text (no spaces between words: a word diff would mark whole sentences), else by word. */
export function textDiff(before: string, after: string): DiffPart[] {
  const parts = hasCjk(before) || hasCjk(after) ? diffChars(before, after) : diffWords(before, after);
  return parts.map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed }));
}

/** Whether a version's texts differ at all (the diff view says "no changes" otherwise). */
export const changed = (parts: readonly DiffPart[]) => parts.some((p) => p.added || p.removed);
