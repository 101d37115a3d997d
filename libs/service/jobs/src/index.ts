export * from './service-jobs.module';
export * from './service.processors';
