/**
 * The service domain's part of the server message catalogue (messages.ts has the rules): business
 * calendars so far.
 */
export const SERVICE_MESSAGES = {
  'service.calendarNameTaken': 'is taken by another calendar',
  'service.notADate': 'is not a date',
  'service.dayTwice': 'is listed twice',
  'service.dayBothOffAndWorked': 'is also a day off',
  'service.tooManyDays': 'has too many days',
  'service.importRange': 'must be a date on or after the first day',
  'service.importRangeMax': 'may be at most five years after the first day',
  'service.notICalendar': 'is not an iCalendar file',
  'service.unknownTimeZone': 'is not a time zone (e.g. Asia/Shanghai)',
  'service.periodShape': 'a period must start before it ends, within the day',
  'service.periodOrder': 'periods of a day must be in order and must not overlap',
  'service.noWorkingTime': 'the calendar has no working time',
  'service.policyNameTaken': 'is taken by another policy',
  'service.targetMinutes': 'must be whole minutes between 1 and a year',
  'service.firstAfterResolution': 'must not be later than the resolution',
  'service.noTarget': 'give at least one target',
  'service.warnPercent': 'must be a whole percent between 1 and 99',
  'service.noCalendar': 'is not a business calendar',
  'service.noPolicy': 'is not an SLA policy',
  'service.endBeforeStart': 'must not be before the start',
  'service.negative': 'must not be negative',
  'service.usedBeyondTotal': 'must not be more than the total',
} as const;
