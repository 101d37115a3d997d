import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@rapport/shared-api';
import { ATTACHMENT_REFUSALS } from '@rapport/service-domain';

const AttachmentRefusal = graphqlEnum('CaseAttachmentRefusal', ATTACHMENT_REFUSALS);

@ObjectType({ description: 'A file a customer’s mail carried, kept on the case.' })
export class CaseAttachment {
  @Field(() => ID) id: string;
  @Field({ description: 'The file’s name, cleaned of paths and control characters.' }) filename: string;
  @Field({ description: 'The type its content was found to be (not what the sender’s program declared).' }) contentType: string;
  @Field(() => Int, { description: 'Bytes.' }) size: number;
  @Field({ description: 'Where to download it (GET, for readers of the case): always a download, never shown inline.' }) url: string;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'A file of a customer’s mail that was not kept (the mail’s text always is), and why.' })
export class RefusedCaseAttachment {
  @Field() filename: string;
  @Field(() => AttachmentRefusal, {
    description: 'TYPE: a kind not accepted (programs, scripts, HTML); MISMATCH: the content is not what its name or type says; FILE_SIZE / MESSAGE_SIZE: over the cap per file / per message; COUNT: too many files in one message.',
  })
  reason: string;
  @Field(() => Int, { description: 'Bytes.' }) size: number;
}
