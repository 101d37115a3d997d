import { ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext, loadersIn } from '@rapport/shared-api';
import type { CaseAttachmentInfo, CaseMessageEntity } from '@rapport/service-data';
import { CaseAttachment } from '../models/case-attachment.model';
import { CaseMessage } from '../models/case.model';
import { attachmentUrl, CaseAttachmentsService } from '../services/case-attachments.service';

/** What hangs off a message of a thread the reader was shown: its files, one query for the whole thread. */
@Resolver(() => CaseMessage)
export class CaseMessageResolver {
  constructor(private readonly files: CaseAttachmentsService) {}

  @ResolveField(() => [CaseAttachment], { description: 'The files of the customer’s mail that were kept, in the order they came.' })
  async attachments(msg: CaseMessageEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    const files = await loaders.get<CaseAttachmentInfo[]>('caseMessage.attachments', async (ids) => {
      const found = await this.files.ofMessages(ids);
      return ids.map((id) => found.get(id) ?? []);
    }).load(msg.id);
    return (files ?? []).map((f) => ({ ...f, url: attachmentUrl(f) }));
  }
}
