import { ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext, loadersIn } from '@rapport/shared-api';
import { PortalAttachment, PortalMessage } from '../models/portal.model';
import { PortalAttachmentsService } from '../services/portal-attachments.service';

/** A portal message's files (issue 19 item 4): the message was already read through the `portalCase` scope, and is never a note. */
@Resolver(() => PortalMessage)
export class PortalMessageResolver {
  constructor(private readonly files: PortalAttachmentsService) {}

  @ResolveField(() => [PortalAttachment], { description: 'The files it carries, oldest first.' })
  attachments(m: PortalMessage, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    // One query for every message of the threads a request shows.
    return loaders
      .get<PortalAttachment[]>('portalMessage.attachments', async (ids) => {
        const found = await this.files.ofMessages(ids);
        return ids.map((id) => found.get(id) ?? []);
      })
      .load(m.id);
  }
}
