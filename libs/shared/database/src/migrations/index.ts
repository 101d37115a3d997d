import { Platform1795444217565 } from './1795444217565-platform';

export const SHARED_MIGRATIONS = [Platform1795444217565];
