import { Platform1795444217565 } from './1795444217565-platform';
import { RecordShare1795446308000 } from './1795446308000-record-share';

export const SHARED_MIGRATIONS = [Platform1795444217565, RecordShare1795446308000];
