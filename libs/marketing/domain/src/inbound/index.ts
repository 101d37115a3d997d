export type { ParsedInbound, HeaderMap } from './parsed-inbound';
export type { DsnRecipient, BounceClass } from './delivery-status';
export { bounceClass } from './delivery-status';
export * from './classify-inbound';
export { parseInbound, type InboundEnvelope } from './parse-inbound';
export { mailingMessageId, sendIdFromMessageId, verpAddress, sendIdFromVerp } from './message-ids';
export * from './send-address';
export { inboundMessageKey, rawHeaderValues } from './raw-headers';
