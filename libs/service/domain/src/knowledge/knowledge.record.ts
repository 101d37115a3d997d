import { BASE_FIELDS, defineRecord } from '@rapport/shared-domain';

/** The languages an article is written in: each variant is a row of its own, linked to its translations. */
export const KNOWLEDGE_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type KnowledgeLanguage = (typeof KNOWLEDGE_LANGUAGES)[number];

/**
 * Who an article is for. `partners` is read by staff only for now: there is no partner role yet
 * (a partner portal would add one and widen `readableAudiences`).
 */
export const KNOWLEDGE_AUDIENCES = ['internal', 'customers', 'partners'] as const;
export type KnowledgeAudience = (typeof KNOWLEDGE_AUDIENCES)[number];

/** A version's way: written, reviewed, published (one per article at a time), archived when replaced or withdrawn. */
export const KNOWLEDGE_VERSION_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
export type KnowledgeVersionStatus = (typeof KNOWLEDGE_VERSION_STATUSES)[number];

/** Caps of a version's texts (characters). The body is Markdown; an image is an attachment, referenced by URL, not inlined. */
export const KNOWLEDGE_TITLE_MAX = 300;
export const KNOWLEDGE_SUMMARY_MAX = 1000;
export const KNOWLEDGE_BODY_MAX = 100_000;

/**
 * Knowledge base articles (issue 19 item 3). One row per language variant: the English, 简体 and
 * 繁體 texts of the same answer are three articles sharing a `translationGroupId` (one per
 * language). The texts live in versions (`knowledge_article_version`); the row keeps the latest
 * version's title and status for lists, and points at the published version, which is what readers
 * and search see. Owned by whoever drafted it (an agent edits their own drafts; publishing takes
 * the `knowledge` write scope `all`).
 */
export const KNOWLEDGE_ARTICLE = defineRecord({
  name: 'knowledgeArticle',
  graphqlName: 'KnowledgeArticle',
  table: 'knowledge_article',
  alias: 'ka',
  label: { one: 'service.knowledge.recordType', many: 'service.knowledge.title' },
  customFields: false,
  mergeable: false,
  fields: {
    ...BASE_FIELDS,
    translationGroupId: { type: 'id', column: 'translation_group_id', title: 'Translation group', label: 'service.knowledge.translationGroup', nullable: false, filter: ['eq', 'in'], description: 'Shared by an article’s variants in other languages (one per language).' },
    language: { type: 'text', column: 'language', oneOf: KNOWLEDGE_LANGUAGES, title: 'Language', label: 'service.knowledge.language', nullable: false, filter: ['eq', 'in'], sort: true, description: 'en, zh-CN or zh-TW.' },
    audience: { type: 'enum', column: 'audience', enumName: 'KnowledgeAudience', enumValues: KNOWLEDGE_AUDIENCES, title: 'Audience', label: 'service.knowledge.audience', nullable: false, columnDefault: 'internal', filter: true },
    categoryId: { type: 'reference', output: true, column: 'category_id', references: 'knowledgeCategory', title: 'Category', label: 'service.knowledge.category', filter: true },
    title: { type: 'text', column: 'title', title: 'Title', label: 'service.knowledge.articleTitle', nullable: false, maxLength: KNOWLEDGE_TITLE_MAX, filter: ['contains', 'startsWith', 'eq'], sort: true, description: 'The published version’s title (the latest version’s while none is published).' },
    status: { type: 'enum', column: 'status', enumName: 'KnowledgeVersionStatus', enumValues: KNOWLEDGE_VERSION_STATUSES, title: 'Status', label: 'fields.status', nullable: false, columnDefault: 'draft', filter: true, description: 'The latest version’s status.' },
    publishedVersionId: { type: 'reference', output: true, column: 'published_version_id', references: 'knowledgeArticleVersion', title: 'Published version', label: 'service.knowledge.publishedVersion', filter: ['isNull', 'eq'] },
    publishedAt: { type: 'datetime', column: 'published_at', title: 'Published', label: 'service.knowledge.publishedAt', filter: true, sort: true, description: 'When the published version was published.' },
    isPublished: { type: 'boolean', expression: '({a}.published_version_id IS NOT NULL)', title: 'Published', label: 'service.knowledge.isPublished', filter: true },
    viewCount: { type: 'integer', column: 'view_count', title: 'Views', label: 'service.knowledge.views', nullable: false, columnDefault: 0, filter: ['gt', 'gte', 'lt', 'lte'], sort: true },
    helpfulCount: { type: 'integer', column: 'helpful_count', title: 'Helpful', label: 'service.knowledge.helpful', nullable: false, columnDefault: 0, sort: true, description: 'Readers who said it helped.' },
    notHelpfulCount: { type: 'integer', column: 'not_helpful_count', title: 'Not helpful', label: 'service.knowledge.notHelpful', nullable: false, columnDefault: 0, sort: true, description: 'Readers who said it did not help.' },
  },
});
