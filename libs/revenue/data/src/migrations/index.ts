import { Revenue1795455121595 } from './1795455121595-revenue';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const REVENUE_MIGRATIONS: Function[] = [Revenue1795455121595];
