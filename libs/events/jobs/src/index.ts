export * from './events-jobs.module';
export * from './events.processor';
