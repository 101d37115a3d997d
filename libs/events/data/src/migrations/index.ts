import { Events1796525458723 } from './1796525458723-events';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const EVENTS_MIGRATIONS: Function[] = [Events1796525458723];
