import { Events1796525458723 } from './1796525458723-events';
import { EventFormAgenda1796538062112 } from './1796538062112-event-form-agenda';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const EVENTS_MIGRATIONS: Function[] = [Events1796525458723, EventFormAgenda1796538062112];
