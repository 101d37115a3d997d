export * from './leads-jobs.module';
