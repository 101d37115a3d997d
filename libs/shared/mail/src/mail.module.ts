import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service';
import { NotificationMailer } from './notification-mailer.service';
import { NotificationMailRepository } from './notification-mail.repository';

@Global()
@Module({ providers: [MailService, NotificationMailer, NotificationMailRepository], exports: [MailService, NotificationMailer] })
export class MailModule {}
