export * from './segmentation-jobs.module';
