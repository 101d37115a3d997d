import { ResolveField, Resolver } from '@nestjs/graphql';
import { Contact, Lead } from '@rapport/sales-api';
import type { ContactEntity, LeadEntity } from '@rapport/sales-data';
import type { CampaignMemberEntity } from '@rapport/marketing-data';
import { CampaignMember } from '../models';

type JoinedMember = CampaignMemberEntity & { contact?: ContactEntity | null; lead?: LeadEntity | null };

/** A member's person comes with the member list's own statement (joined there, within the reader's scope). */
@Resolver(() => CampaignMember)
export class CampaignMemberResolver {
  @ResolveField(() => Contact, { nullable: true })
  contact(m: JoinedMember) {
    return m.contact ?? null;
  }

  @ResolveField(() => Lead, { nullable: true })
  lead(m: JoinedMember) {
    return m.lead ?? null;
  }
}
