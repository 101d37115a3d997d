export * from './marketing.module';
export * from './marketing-hooks.module';
export * from './models';
export * from './services/campaigns.service';
