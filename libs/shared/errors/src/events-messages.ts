/**
 * The events domain's part of the server message catalogue (messages.ts has the rules): the
 * registration answers and the mail registrants get.
 */
export const EVENTS_MESSAGES = {
  'events.notOpen': 'Registration for this event has not opened yet.',
  'events.closed': 'Registration for this event has closed.',
  'events.endAfterStart': 'The event must end after it starts.',
  'events.closeAfterOpen': 'Registration must close after it opens.',
  'events.finished': 'A cancelled or completed event cannot be changed.',
  'events.statusChange': 'A {{from}} event cannot become {{to}}.',
  'events.reminderHours': 'Each reminder is a whole number of hours.',
  'events.reminderMax': 'A reminder is at most 90 days (2160 hours) before.',
  'events.lastName': 'Give a last name.',
  'events.cancelledNoCheckIn': 'A cancelled registration cannot be checked in.',
  'events.notOurCode': 'This is not a check-in code of ours.',
  'events.otherEventCode': 'This code is for another event.',
  'events.mailCheckInCode': 'Show this code at the entrance:',
  // Mail to registrants.
  'events.mailConfirmedSubject': 'You are registered: {{title}}',
  'events.mailConfirmed': 'Thank you, {{name}}: your place at {{title}} is confirmed.',
  'events.mailWaitlistedSubject': 'On the waiting list: {{title}}',
  'events.mailWaitlisted': 'Thank you, {{name}}: {{title}} is full, so you are on the waiting list. If a place frees up, you get it and we write to you at once.',
  'events.mailPromotedSubject': 'A place is yours: {{title}}',
  'events.mailPromoted': 'Good news, {{name}}: a place at {{title}} has freed up and it is yours.',
  'events.mailUpdatedSubject': 'Changed: {{title}}',
  'events.mailUpdated': '{{name}}, {{title}} has changed. The new details are below, and your calendar entry is updated.',
  'events.mailCancelledSubject': 'Cancelled: {{title}}',
  'events.mailCancelled': '{{name}}, your place at {{title}} is cancelled and the calendar entry removed.',
  'events.mailReminderSubject': 'Reminder: {{title}}',
  'events.mailReminder': '{{name}}, a reminder: {{title}} is coming up.',
  'events.mailWhen': 'When: {{when}}',
  'events.mailWhere': 'Where: {{where}}',
  'events.mailOnline': 'Join online: {{url}}',
  'events.mailAddToCalendar': 'Add to Google Calendar',
  'events.mailManage': 'Can’t come? Cancel your registration',
} as const;
