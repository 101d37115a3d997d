export * from './marketing-jobs.module';
export * from './imap-poller.service';
