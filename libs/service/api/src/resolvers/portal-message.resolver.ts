import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@rapport/shared-api';
import { PortalAttachment, PortalMessage } from '../models/portal.model';
import { PortalAttachmentsService } from '../services/portal-attachments.service';

/** A portal message's files (issue 19 item 4): the message was already read through the `portalCase` scope, and is never a note. */
@Resolver(() => PortalMessage)
export class PortalMessageResolver {
  constructor(private readonly files: PortalAttachmentsService) {}

  @ResolveField(() => [PortalAttachment], { description: 'The files it carries, oldest first.' })
  attachments(@Parent() m: PortalMessage, @RequestLoaders() loaders: Loaders) {
    // One query for every message of the threads a request shows.
    return loaders
      .get<PortalAttachment[]>('portalMessage.attachments', async (ids) => {
        const found = await this.files.ofMessages(ids);
        return ids.map((id) => found.get(id) ?? []);
      })
      .load(m.id);
  }
}
