import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { ApiFields } from '@rapport/shared-domain';
import { Connection, declareFilterFields, declareOutputFields, FilterLogic, graphqlEnum, IsOmittable, orderByInput, orderFieldEnum } from '@rapport/shared-api';
import { KNOWLEDGE_ARTICLE, KNOWLEDGE_AUDIENCES, KNOWLEDGE_BODY_MAX, KNOWLEDGE_LANGUAGES, KNOWLEDGE_SUMMARY_MAX, KNOWLEDGE_TITLE_MAX, KNOWLEDGE_VERSION_STATUSES } from '@rapport/service-domain';

// The article's fields come from KNOWLEDGE_ARTICLE (service-domain, docs/adr/0011); texts, versions and the rest are resolved.

const LANGUAGE_MESSAGE = 'Choose en, zh-CN or zh-TW.';
const KnowledgeAudience = graphqlEnum('KnowledgeAudience', KNOWLEDGE_AUDIENCES);
const KnowledgeVersionStatus = graphqlEnum('KnowledgeVersionStatus', KNOWLEDGE_VERSION_STATUSES);

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface KnowledgeArticle extends ApiFields<typeof KNOWLEDGE_ARTICLE> {}
@ObjectType({ description: 'A knowledge base article in one language; its translations share a translation group.' })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class KnowledgeArticle {}
declareOutputFields(KnowledgeArticle, KNOWLEDGE_ARTICLE);

@ObjectType()
export class KnowledgeArticleConnection extends Connection(KnowledgeArticle, 'KnowledgeArticle') {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed conditions of the derived declarations
export interface KnowledgeArticleFilter extends Partial<Record<keyof typeof KNOWLEDGE_ARTICLE.fields, unknown>>, FilterLogic<KnowledgeArticleFilter> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class KnowledgeArticleFilter {}
declareFilterFields(KnowledgeArticleFilter, KNOWLEDGE_ARTICLE);

export const KnowledgeArticleOrderField = orderFieldEnum(KNOWLEDGE_ARTICLE);
export const KnowledgeArticleOrderBy = orderByInput('KnowledgeArticleOrderBy', KnowledgeArticleOrderField);
export type KnowledgeArticleOrderBy = InstanceType<typeof KnowledgeArticleOrderBy>;

@ObjectType({ description: 'One version of an article’s texts.' })
export class KnowledgeArticleVersion {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '1, 2, … per article.' }) number: number;
  @Field(() => KnowledgeVersionStatus) status: string;
  @Field() title: string;
  @Field() summary: string;
  @Field({ description: 'Markdown.' }) body: string;
  @Field(() => ID, { nullable: true }) authorId: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Date, { nullable: true }) archivedAt: Date | null;
}

@ObjectType({ description: 'A file or image of an article; `url` serves it to whoever may read the article.' })
export class KnowledgeAttachment {
  @Field(() => ID) id: string;
  @Field() filename: string;
  @Field({ description: 'The type its content was found to be.' }) contentType: string;
  @Field(() => Int) size: number;
  @Field() url: string;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'The caller’s own answer to “did this help?”.' })
export class KnowledgeFeedback {
  @Field() helpful: boolean;
  @Field() comment: string;
  @Field() updatedAt: Date;
}

@ObjectType()
export class KnowledgeArticleViewerCan {
  @Field({ description: 'Edit the texts (a new draft when published), submit for review, add translations.' }) edit: boolean;
  @Field({ description: 'Publish and archive.' }) publish: boolean;
}

@ObjectType({ description: 'A category of the knowledge base: a tree.' })
export class KnowledgeCategory {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field({ description: 'The name in the reader’s language (English when it has none).' }) name: string;
  @Field(() => GraphQLJSONObject, { description: 'Names by language: { "en": …, "zh-CN": …, "zh-TW": … }.' }) names: Record<string, string>;
  @Field(() => Int) position: number;
}

/** Texts of a version as inputs: capped, the title required where it is given. */
@InputType()
export class KnowledgeTextsInput {
  @Field({ nullable: true }) @IsOmittable() @IsString() @Matches(/\S/, { message: 'Give the article a title.' }) @MaxLength(KNOWLEDGE_TITLE_MAX, { message: 'A title is at most 300 characters.' }) title?: string;
  @Field({ nullable: true }) @IsOmittable() @IsString() @MaxLength(KNOWLEDGE_SUMMARY_MAX, { message: 'A summary is at most 1000 characters.' }) summary?: string;
  @Field({ nullable: true, description: 'Markdown; images are the article’s attachments, by their url.' })
  @IsOmittable() @IsString() @MaxLength(KNOWLEDGE_BODY_MAX, { message: 'An article is at most 100,000 characters.' }) body?: string;
}

@InputType()
export class CreateKnowledgeArticleInput extends KnowledgeTextsInput {
  @Field({ description: 'en, zh-CN or zh-TW.' }) @IsIn(KNOWLEDGE_LANGUAGES, { message: LANGUAGE_MESSAGE }) language: string;
  @Field(() => KnowledgeAudience, { nullable: true, description: 'Default INTERNAL.' }) @IsOptional() @IsIn(KNOWLEDGE_AUDIENCES) audience?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') categoryId?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50, { message: 'Relate at most 50 products.' }) @IsUUID('all', { each: true }) productIds?: string[] | null;
}

@InputType()
export class AddKnowledgeTranslationInput extends KnowledgeTextsInput {
  @Field(() => ID, { description: 'An article of the group (any language).' }) @IsUUID('all') articleId: string;
  @Field({ description: 'The translation’s language: one the group has no article in yet.' }) @IsIn(KNOWLEDGE_LANGUAGES, { message: LANGUAGE_MESSAGE }) language: string;
}

@InputType()
export class UpdateKnowledgeArticleInput extends KnowledgeTextsInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => KnowledgeAudience, { nullable: true }) @IsOmittable() @IsIn(KNOWLEDGE_AUDIENCES) audience?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') categoryId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the related products.' }) @IsOmittable() @IsArray() @ArrayMaxSize(50, { message: 'Relate at most 50 products.' }) @IsUUID('all', { each: true }) productIds?: string[];
}

@InputType()
export class KnowledgeArticleIdInput {
  @Field(() => ID) @IsUUID('all') id: string;
}

@InputType()
export class PublishKnowledgeArticleInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int, { nullable: true, description: 'The version to publish; default the latest.' }) @IsOptional() @IsInt() @Min(1) @Max(1_000_000) versionNumber?: number | null;
}

@InputType()
export class SaveKnowledgeCategoryInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create one.' }) @IsOptional() @IsUUID('all') id?: string | null;
  @Field(() => ID, { nullable: true, description: 'Null for a top-level category.' }) @IsOptional() @IsUUID('all') parentId?: string | null;
  @Field() @IsString() @Matches(/\S/, { message: 'Give the category an English name.' }) @MaxLength(80) nameEn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(80) nameZhCn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(80) nameZhTw?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10_000) position?: number | null;
}

@InputType()
export class RateKnowledgeArticleInput {
  @Field(() => ID) @IsUUID('all') articleId: string;
  @Field({ description: 'Whether it helped.' }) @IsBoolean() helpful: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000, { message: 'A comment is at most 2000 characters.' }) comment?: string | null;
}

@InputType()
export class KnowledgeCaseLinkInput {
  @Field(() => ID) @IsUUID('all') articleId: string;
  @Field(() => ID) @IsUUID('all') caseId: string;
}

@InputType()
export class RecordKnowledgeDeflectionInput {
  @Field(() => [ID], { description: 'The articles the customer opened.' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) articleIds: string[];
  @Field(() => String, { nullable: true, description: 'What they had typed (the first 1000 characters are kept).' }) @IsOptional() @IsString() @MaxLength(20_000) query?: string | null;
}

@ObjectType()
export class KnowledgeArticlePayload {
  @Field(() => KnowledgeArticle) article: KnowledgeArticle;
}

@ObjectType()
export class KnowledgeCategoryPayload {
  @Field(() => KnowledgeCategory) category: KnowledgeCategory;
}

@ObjectType()
export class KnowledgeDeflectionPayload {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Articles counted (those the caller may read).' }) articleCount: number;
}
