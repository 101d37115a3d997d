import { Marketing1796463034241 } from './1796463034241-marketing';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MARKETING_MIGRATIONS: Function[] = [Marketing1796463034241];
