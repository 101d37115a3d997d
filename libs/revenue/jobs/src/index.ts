export * from './revenue-jobs.module';
