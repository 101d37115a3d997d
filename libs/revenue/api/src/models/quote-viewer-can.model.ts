import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What you may do with this quote now; the mutations refuse exactly what is false (revenue-domain quoteActions).' })
export class QuoteViewerCan {
  @Field({ description: 'Change lines, discount and notes (updateQuote): a draft or rejected quote you may change.' }) update: boolean;
  @Field({ description: 'Submit it (submitQuote), same condition as update.' }) submit: boolean;
  @Field({ description: 'Accept it (acceptQuote): approved, and you may change the deal whose amount it sets.' }) accept: boolean;
  @Field({ description: 'Approve or reject it (decideQuote): waiting for approval, within your approval scope, not your own request.' }) decide: boolean;
  @Field({ description: 'Unlock it (unlockQuote): accepted, and you may unlock quotes.' }) unlock: boolean;
}
