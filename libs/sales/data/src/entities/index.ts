import { AccountEntity } from './account.entity';
import { ActivityEntity } from './activity.entity';
import { ContactEntity } from './contact.entity';
import { HandoverEntity } from './handover.entity';
import { LeadEntity } from './lead.entity';
import { OpportunityEntity } from './opportunity.entity';
import { PipelineEntity, StageEntity } from './pipeline.entity';

export * from './account.entity';
export * from './contact.entity';
export * from './lead.entity';
export * from './pipeline.entity';
export * from './opportunity.entity';
export * from './activity.entity';
export * from './handover.entity';

export const SALES_ENTITIES = [AccountEntity, ContactEntity, LeadEntity, PipelineEntity, StageEntity, OpportunityEntity, ActivityEntity, HandoverEntity];
