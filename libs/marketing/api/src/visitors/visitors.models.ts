import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@rapport/shared-api';
import { Contact, Lead } from '@rapport/sales-api';

@ObjectType({ description: 'One page a tracked visitor viewed on the company’s website (issue 16). Append-only; kept for the retention the admins set.' })
export class PageView {
  @Field(() => ID) id: string;
  @Field({ description: 'The page’s address as viewed (without fragment).' }) url: string;
  @Field({ description: 'Host and path, the page as counted: www.example.com/pricing.' }) page: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) referrer: string | null;
  @Field(() => GraphQLISODateTime) viewedAt: Date;
  @Field(() => [String], { description: 'The product lines (productLine picklist values) the page is about, by the admins’ URL rules.' }) productLines: string[];
}

@ObjectType()
export class PageViewConnection extends Connection(PageView, 'PageView') {}

@ObjectType({ description: 'A browser the tracking script has seen, and who it is once identified.' })
export class WebVisitor {
  @Field(() => ID, { description: 'The id in the browser’s rapport_vid cookie.' }) id: string;
  @Field(() => GraphQLISODateTime) firstSeenAt: Date;
  @Field(() => GraphQLISODateTime) lastSeenAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) identifiedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'How the person became known: form, event or email.' }) identifiedBy: string | null;
  @Field(() => Contact, { nullable: true, description: 'The person, when a contact you may read.' }) contact?: unknown;
  @Field(() => Lead, { nullable: true, description: 'The person, when a lead you may read.' }) lead?: unknown;
  contactId: string | null;
  leadId: string | null;
}

@ObjectType({ description: 'An identified visitor seen today, with what they looked at.' })
export class KnownVisitor {
  @Field(() => WebVisitor) visitor: WebVisitor;
  @Field(() => Int, { description: 'Page views today.' }) viewsToday: number;
  @Field(() => String, { nullable: true, description: 'The latest page viewed today.' }) lastUrl: string | null;
  @Field(() => String, { nullable: true }) lastTitle: string | null;
}

@ObjectType()
export class KnownVisitorConnection extends Connection(KnownVisitor, 'KnownVisitor') {}

@ObjectType({ description: 'How much a person looked at pages of one product line.' })
export class WebInterest {
  @Field({ description: 'The productLine picklist value.' }) productLine: string;
  @Field({ description: 'The value’s name in your language.' }) label: string;
  @Field(() => Int) views: number;
  @Field(() => GraphQLISODateTime) lastViewedAt: Date;
}

@ObjectType({ description: 'One page and how often it was viewed: “pricing, 3 times this week”.' })
export class PageVisitCount {
  @Field() page: string;
  @Field({ description: 'The latest address it was viewed at.' }) url: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => Int) views: number;
  @Field(() => GraphQLISODateTime) lastViewedAt: Date;
}

@ObjectType({ description: 'What a person did on the company’s website: their identified browsers’ page views, including those from before they identified themselves.' })
export class WebActivity {
  @Field(() => [WebVisitor], { description: 'The browsers identified as this person, latest first.' }) visitors: WebVisitor[];
  @Field(() => GraphQLISODateTime, { nullable: true }) lastSeenAt: Date | null;
  person: { kind: 'contact' | 'lead'; id: string };
}

@ObjectType()
export class WebInterestRule {
  @Field(() => ID) id: string;
  @Field({ description: 'A path (/pricing*) or host and path (shop.example.com/products/*); * is any text.' }) pattern: string;
  @Field({ description: 'A productLine picklist value.' }) productLine: string;
  @Field(() => Int) position: number;
}

@InputType()
export class SaveWebInterestRuleInput {
  @Field(() => ID, { nullable: true, description: 'The rule to change; a new rule when absent.' }) id?: string | null;
  @Field() pattern: string;
  @Field() productLine: string;
  @Field(() => Int, { nullable: true }) position?: number | null;
}

@ObjectType()
export class SaveWebInterestRulePayload {
  @Field(() => WebInterestRule) rule: WebInterestRule;
}

@InputType()
export class DeleteWebInterestRuleInput {
  @Field(() => ID) id: string;
}

@ObjectType()
export class DeleteWebInterestRulePayload {
  @Field(() => ID) deletedId: string;
}

@ObjectType({ description: 'How web visits are tracked.' })
export class WebVisitorSettings {
  @Field({ description: 'The script sites embed: <script src="…" async></script>.' }) scriptUrl: string;
  @Field({ description: 'Where the script sends page views.' }) endpointUrl: string;
  @Field(() => [String], { description: 'The company’s own sites: links in mailings to them carry the recipient’s identity for the script.' }) siteHosts: string[];
  @Field(() => Int, { description: 'Months page views are kept; older months are dropped whole.' }) retentionMonths: number;
  @Field(() => Int, { description: 'Batches of page views accepted per client address and minute.' }) rateLimitPerMinute: number;
}

@InputType()
export class SaveWebVisitorSettingsInput {
  @Field(() => [String], { nullable: true }) siteHosts?: string[] | null;
  @Field(() => Int, { nullable: true }) retentionMonths?: number | null;
  @Field(() => Int, { nullable: true }) rateLimitPerMinute?: number | null;
}

@ObjectType()
export class SaveWebVisitorSettingsPayload {
  @Field(() => WebVisitorSettings) settings: WebVisitorSettings;
}
