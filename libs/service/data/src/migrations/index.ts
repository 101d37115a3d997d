import { BusinessCalendars1796567596523 } from './1796567596523-business-calendars';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const SERVICE_MIGRATIONS: Function[] = [BusinessCalendars1796567596523];
