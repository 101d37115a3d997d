export * from './mail.service';
export * from './mail.module';
export * from './notification-mailer.service';
export * from './notification-email';
export * from './bulk-mail-transport';
export * from './inbound-smtp';
