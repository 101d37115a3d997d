import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service';
import { NotificationMailer } from './notification-mailer.service';

@Global()
@Module({ providers: [MailService, NotificationMailer], exports: [MailService, NotificationMailer] })
export class MailModule {}
