export * from './sales-jobs.module';
