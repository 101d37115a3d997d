import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { BaseRecord, declareRecordColumns } from '@rapport/shared-database';
import type { StoredFields } from '@rapport/shared-domain';
import { KNOWLEDGE_ARTICLE } from '@rapport/service-domain';
import { ProductEntity } from '@rapport/revenue-data';
import { CaseEntity } from './case.entity';

/** A knowledge base category (issue 19 item 3): a tree (a parent or none), names per language, ordered among its siblings. */
@Entity('knowledge_category')
@Index('knowledge_category_parent_idx', ['parentId', 'position'])
export class KnowledgeCategoryEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  // A category with children or articles is not deleted under them (there is no delete yet; the guard is the database's).
  @ManyToOne(() => KnowledgeCategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'knowledge_category_parent_fk' })
  parent?: KnowledgeCategoryEntity;
  /** By language (en, zh-CN, zh-TW), like `service_skill.names`. */
  @Column({ type: 'jsonb', default: () => `'{}'` }) names: Record<string, string>;
  @Column({ type: 'int', default: 0 }) position: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

// The article's fields are declared once, in KNOWLEDGE_ARTICLE (service-domain); their columns come from there.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the merged interface types the derived columns
export interface KnowledgeArticleEntity extends StoredFields<typeof KNOWLEDGE_ARTICLE> {}

/**
 * One language variant of an article (issue 19 item 3). Its texts are versions; `title` and
 * `status` repeat the latest version's for lists, `published_version_id` names what readers see.
 */
@Entity('knowledge_article')
@Index('knowledge_article_group_language_key', ['translationGroupId', 'language'], { unique: true })
@Index('knowledge_article_category_idx', ['categoryId'], { where: 'category_id IS NOT NULL' })
@Index('knowledge_article_owner_idx', ['ownerId', 'createdAt'])
@Index('knowledge_article_published_idx', ['language', 'audience', 'publishedAt'], { where: 'published_version_id IS NOT NULL' })
@Check('knowledge_article_language', `language IN ('en', 'zh-CN', 'zh-TW')`)
@Check('knowledge_article_audience', `audience IN ('internal', 'customers', 'partners')`)
@Check('knowledge_article_status', `status IN ('draft', 'in_review', 'published', 'archived')`)
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class KnowledgeArticleEntity extends BaseRecord {
  @ManyToOne(() => KnowledgeCategoryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'knowledge_article_category_fk' })
  category?: KnowledgeCategoryEntity;

  @ManyToOne(() => KnowledgeArticleVersionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_version_id', foreignKeyConstraintName: 'knowledge_article_published_version_fk' })
  // Relation<>: the class is declared below (its type must not be read while this one is decorated).
  publishedVersion?: Relation<KnowledgeArticleVersionEntity>;
}
declareRecordColumns(KnowledgeArticleEntity, KNOWLEDGE_ARTICLE);

/**
 * A version of an article's texts, numbered per article. draft → in_review → published → archived:
 * publishing one archives the one published before; editing a published article starts a new
 * draft. `search_vector` is written when the version is published (`knowledge_search_vector`:
 * English stems weighted title A, summary B, body C, and the bigrams of CJK text), and indexed
 * for published versions only.
 */
@Entity('knowledge_article_version')
@Index('knowledge_article_version_number_key', ['articleId', 'number'], { unique: true })
@Index('knowledge_article_version_search_idx', { synchronize: false })
@Check('knowledge_article_version_status', `status IN ('draft', 'in_review', 'published', 'archived')`)
export class KnowledgeArticleVersionEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'article_id', type: 'uuid' }) articleId: string;
  @ManyToOne(() => KnowledgeArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id', foreignKeyConstraintName: 'knowledge_article_version_article_fk' })
  article?: KnowledgeArticleEntity;
  @Column({ type: 'int' }) number: number;
  @Column({ type: 'text', default: 'draft' }) status: string;
  @Column({ type: 'varchar', length: 300 }) title: string;
  @Column({ type: 'text', default: '' }) summary: string;
  /** Markdown. */
  @Column({ type: 'text', default: '' }) body: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy: string | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false }) searchVector: string | null;
  /** Title and summary only: what search ranks a common word's many matches by before the full vector (migration KnowledgeTitleVector…). */
  @Column({ name: 'title_vector', type: 'tsvector', nullable: true, select: false }) titleVector: string | null;
}

/** A product an article is about. */
@Entity('knowledge_article_product')
@Index('knowledge_article_product_product_idx', ['productId'])
export class KnowledgeArticleProductEntity {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' }) articleId: string;
  @PrimaryColumn({ name: 'product_id', type: 'uuid' }) productId: string;
  @ManyToOne(() => KnowledgeArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id', foreignKeyConstraintName: 'knowledge_article_product_article_fk' })
  article?: KnowledgeArticleEntity;
  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'knowledge_article_product_product_fk' })
  product?: ProductEntity;
}

/** "Did this help?": one answer per person per article (a second one replaces the first), counted on the article. */
@Entity('knowledge_feedback')
export class KnowledgeFeedbackEntity {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' }) articleId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @ManyToOne(() => KnowledgeArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id', foreignKeyConstraintName: 'knowledge_feedback_article_fk' })
  article?: KnowledgeArticleEntity;
  @Column({ type: 'boolean' }) helpful: boolean;
  @Column({ type: 'text', default: '' }) comment: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

/** An article linked to a case (an agent answered with it, or found it relevant). */
@Entity('knowledge_case_link')
@Index('knowledge_case_link_case_idx', ['caseId', 'createdAt'])
export class KnowledgeCaseLinkEntity {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' }) articleId: string;
  @PrimaryColumn({ name: 'case_id', type: 'uuid' }) caseId: string;
  @ManyToOne(() => KnowledgeArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id', foreignKeyConstraintName: 'knowledge_case_link_article_fk' })
  article?: KnowledgeArticleEntity;
  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'knowledge_case_link_case_fk' })
  serviceCase?: CaseEntity;
  @Column({ name: 'linked_by', type: 'uuid', nullable: true }) linkedBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

/** A file or image of an article (stored like a case's attachments: checked by content, bytes in the row). */
@Entity('knowledge_attachment')
@Index('knowledge_attachment_article_idx', ['articleId', 'createdAt'])
export class KnowledgeAttachmentEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'article_id', type: 'uuid' }) articleId: string;
  @ManyToOne(() => KnowledgeArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id', foreignKeyConstraintName: 'knowledge_attachment_article_fk' })
  article?: KnowledgeArticleEntity;
  @Column({ type: 'varchar', length: 255 }) filename: string;
  @Column({ name: 'content_type', type: 'text' }) contentType: string;
  @Column({ type: 'int' }) size: number;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ type: 'bytea', select: false }) content: Buffer;
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

/**
 * A customer who opened articles while writing a case and left without submitting it: the case the
 * knowledge base saved. The portal records it; `query` is what they had typed (capped).
 */
@Entity('knowledge_deflection')
@Index('knowledge_deflection_at_idx', ['createdAt'])
export class KnowledgeDeflectionEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;
  @Column({ name: 'article_ids', type: 'uuid', array: true }) articleIds: string[];
  @Column({ type: 'text', default: '' }) query: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
