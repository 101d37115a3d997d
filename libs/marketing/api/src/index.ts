export * from './marketing.module';
export * from './models';
export * from './services/campaigns.service';
