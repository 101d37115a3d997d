export * from './events.module';
export { EventMailer, type EventMailOutcome } from './services/event-mailer.service';
export { EventRemindersService } from './services/event-reminders.service';
export { RegistrationService } from './services/registration.service';
