export * from './marketing-jobs.module';
