import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { KNOWLEDGE_LANGUAGES } from '@rapport/service-domain';
import { KnowledgeArticle } from './knowledge.model';

@ObjectType({ description: 'A piece of text; `match` marks the words the search matched (render as text, highlighted when true).' })
export class KnowledgeTextSegment {
  @Field() text: string;
  @Field() match: boolean;
}

@ObjectType({ description: 'An article found by a search, with its rank and the matched words marked in its title and an extract.' })
export class KnowledgeSearchHit {
  @Field(() => KnowledgeArticle) article: KnowledgeArticle;
  @Field(() => Float, { description: 'ts_rank_cd: higher is better; comparable within one search only.' }) rank: number;
  @Field(() => [KnowledgeTextSegment], { description: 'The published title, cut where it matched.' }) title: KnowledgeTextSegment[];
  @Field(() => [KnowledgeTextSegment], { description: 'About 200 characters of the summary or body around the first match.' }) snippet: KnowledgeTextSegment[];
}

@ArgsType()
export class SearchKnowledgeArgs {
  @Field({ description: 'Words in English or Chinese (or both); punctuation and operators are ignored.' })
  @IsString() @MaxLength(500, { message: 'Search for at most 500 characters.' }) query: string;
  @Field(() => String, { nullable: true, description: 'en, zh-CN or zh-TW; default the caller’s language (all languages when unknown).' })
  @IsOptional() @IsIn(KNOWLEDGE_LANGUAGES, { message: 'Choose en, zh-CN or zh-TW.' }) language?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') categoryId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') productId?: string | null;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) @IsOptional() @IsInt() @Min(1) @Max(100, { message: 'Ask for at most 100 results.' }) first?: number | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Any of the words may match (the best matches first), e.g. suggestions while a customer types a new case; default every word must.' })
  @IsOptional() @IsBoolean() anyWord?: boolean | null;
}

@ArgsType()
export class KnowledgeSuggestionsArgs {
  @Field(() => ID) @IsUUID('all') caseId: string;
  @Field(() => Int, { nullable: true, defaultValue: 5 }) @IsOptional() @IsInt() @Min(1) @Max(50, { message: 'Ask for at most 50 suggestions.' }) first?: number | null;
}
