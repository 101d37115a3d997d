export type { ParsedInbound, HeaderMap } from './parsed-inbound';
export { header, firstAddress } from './parsed-inbound';
export type { DsnRecipient, BounceClass } from './delivery-status';
export { bounceClass, dsnRecipients } from './delivery-status';
export { autoReplyReason } from './auto-reply';
export { replyText } from './reply-text';
export { parseInbound, parseInboundWithAttachments, type InboundAttachment, type InboundEnvelope } from './parse-inbound';
export * from './classify-mail';
