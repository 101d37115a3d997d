export * from './campaign.repository';
export * from './attribution.repository';
export * from './consent.repository';
export * from './email-template.repository';
export * from './mailing.repository';
export * from './mailing-send.repository';
export * from './mailing-event.repository';
export * from './consent-confirmation.repository';
