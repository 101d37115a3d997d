import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LocaleEnum } from '@rapport/shared-auth';
import { REPLY_TEMPLATE_LANGUAGES, REPLY_TEMPLATE_MAX_BODY, REPLY_TEMPLATE_MAX_NAME, type ReplyTemplateLanguage } from '@rapport/service-domain';

@ObjectType('CaseReplyTemplate', { description: 'A canned reply agents insert into a case’s reply box; its Liquid placeholders are filled from the case.' })
export class CaseReplyTemplate {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => LocaleEnum, { nullable: true, description: 'The language it is written in; null: any.' }) language: ReplyTemplateLanguage | null;
  @Field({ description: 'Plain text with Liquid placeholders: contact.first_name, contact.last_name, case.number, case.subject, agent.name, account.name.' }) body: string;
  @Field({ description: 'Only active templates are offered in the reply box.' }) active: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ArgsType()
export class CaseReplyTemplatesArgs {
  @Field(() => LocaleEnum, { nullable: true, description: 'The agent’s language: its templates first, then the language-free ones (others left out). Null: every template.' })
  @IsOptional()
  @IsIn(REPLY_TEMPLATE_LANGUAGES)
  language?: ReplyTemplateLanguage | null;
  @Field(() => Boolean, { nullable: true, description: 'Also the inactive ones (for those who read service set-up).' }) @IsOptional() @IsBoolean() includeInactive?: boolean | null;
}

@InputType()
export class SaveCaseReplyTemplateInput {
  @Field(() => ID, { nullable: true, description: 'The template to change; left out: a new one.' }) @IsOptional() @IsUUID('all') id?: string | null;
  @Field() @IsString() @MaxLength(REPLY_TEMPLATE_MAX_NAME) name: string;
  @Field(() => LocaleEnum, { nullable: true, description: 'Null: any language.' }) @IsOptional() @IsIn(REPLY_TEMPLATE_LANGUAGES) language?: ReplyTemplateLanguage | null;
  @Field() @IsString() @MaxLength(REPLY_TEMPLATE_MAX_BODY) body: string;
  @Field(() => Boolean, { nullable: true, description: 'Default true for a new template; left out: unchanged.' }) @IsOptional() @IsBoolean() active?: boolean | null;
}

@ObjectType()
export class CaseReplyTemplatePayload {
  @Field(() => CaseReplyTemplate) template: CaseReplyTemplate;
}

@ObjectType()
export class DeleteCaseReplyTemplatePayload {
  @Field(() => ID) id: string;
}
