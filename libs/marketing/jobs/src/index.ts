export * from './marketing-jobs.module';
export * from './imap-poller.service';
export * from './page-view-schedule.service';
