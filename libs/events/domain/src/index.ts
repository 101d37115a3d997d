import { EVENT } from './event.record';

export * from './enums';
export * from './event.record';
export * from './registration';
export * from './calendar';
export * from './registration-token';
export * from './reminders';

/** The events domain's record types (docs/adr/0011): the catalogue and the web are generated from them. */
export const EVENTS_RECORDS = [EVENT];
export * from './registration-form';
export * from './agenda';
