/** Reminders by default: a week and a day before the start. */
export const DEFAULT_REMINDER_HOURS: readonly number[] = [168, 24];

/**
 * The reminders due at `now` for an event starting at `startsAt`: each offset (hours before the
 * start) whose moment has come while the event has not started. A reminder whose moment passed
 * before the person registered is not due for them (`registeredAt`): nobody gets "one week to go"
 * on registering the day before. Each is sent once per registration (its key), so calling this
 * again later finds the same ones and the store drops the repeats.
 */
export function remindersDue(startsAt: Date, offsetsHours: readonly number[], now: Date, registeredAt: Date): number[] {
  if (now >= startsAt) return [];
  return offsetsHours.filter((h) => {
    const at = startsAt.getTime() - h * 3_600_000;
    return at <= now.getTime() && at >= registeredAt.getTime();
  });
}
