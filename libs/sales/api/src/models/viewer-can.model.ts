import { Field, ObjectType } from '@nestjs/graphql';

// What the signed-in viewer may do with one record, decided by the same rules the mutations
// enforce (sales-domain record-actions): the SPA shows a button only when its field is true.

@ObjectType({ description: 'What you may do with this account, contact or lead; the mutations refuse exactly what is false.' })
export class RecordViewerCan {
  @Field({ description: 'Edit it (updateAccount, updateContact or updateLead; custom fields included).' }) update: boolean;
  @Field({ description: 'Share it with a user or a team (shareRecord, unshareRecord).' }) share: boolean;
  @Field({ description: 'Take part in a merge, as survivor or merged (mergeRecords).' }) merge: boolean;
}

@ObjectType({ description: 'What you may do with this lead; the mutations refuse exactly what is false.' })
export class LeadViewerCan extends RecordViewerCan {
  @Field({ description: 'Convert it (convertLead): not converted yet, and yours to change.' }) convert: boolean;
}

@ObjectType({ description: 'What you may do with this opportunity; the mutations refuse exactly what is false.' })
export class OpportunityViewerCan {
  @Field({ description: 'Edit it (updateOpportunity).' }) update: boolean;
  @Field({ description: 'Share it (shareRecord).' }) share: boolean;
  @Field({ description: 'Move it to another stage (moveOpportunityStage, the kanban).' }) moveStage: boolean;
  @Field({ description: 'Quote on it (createQuote).' }) createQuote: boolean;
}

@ObjectType({ description: 'What you may do with this activity; updateActivity refuses exactly what is false.' })
export class ActivityViewerCan {
  @Field({ description: 'Edit or reschedule it (updateActivity: subject, notes, dates, links).' }) update: boolean;
  @Field({ description: 'Tick it off or open it again (updateActivity with done).' }) complete: boolean;
}
