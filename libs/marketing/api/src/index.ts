export * from './marketing.module';
export * from './marketing-hooks.module';
export * from './models';
export * from './services/campaigns.service';
export * from './services/mailing-pump.service';
export * from './services/mailings.service';
export * from './services/inbound-mail.service';
