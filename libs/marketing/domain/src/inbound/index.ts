// The mail-reading part is shared with the service desk (shared-domain's inbound/); re-exported for marketing's callers.
export type { ParsedInbound, HeaderMap, DsnRecipient, BounceClass, InboundEnvelope } from '@rapport/shared-domain';
export { bounceClass, parseInbound } from '@rapport/shared-domain';
export * from './classify-inbound';
export { mailingMessageId, sendIdFromMessageId, verpAddress, sendIdFromVerp } from './message-ids';
export * from './send-address';
export { inboundMessageKey, rawHeaderValues } from './raw-headers';
