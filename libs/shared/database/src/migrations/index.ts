import { Platform1795444217565 } from './1795444217565-platform';
import { RecordShare1795446308000 } from './1795446308000-record-share';
import { Notification1795447421000 } from './1795447421000-notification';
import { CustomFields1795447705113 } from './1795447705113-custom-fields';
import { SavedViews1795447945821 } from './1795447945821-saved-views';
import { NotificationEmail1795453711000 } from './1795453711000-notification-email';
import { SearchFunctions1795456000000 } from './1795456000000-search-functions';
import { TimelineObject1795460000000 } from './1795460000000-timeline-object';
import { OutboxAcknowledgement1795461000000 } from './1795461000000-outbox-acknowledgement';
import { CustomFieldOptionLabels1795463000100 } from './1795463000100-custom-field-option-labels';
import { Picklists1796511145138 } from './1796511145138-picklists';

export const SHARED_MIGRATIONS = [Platform1795444217565, RecordShare1795446308000, Notification1795447421000, CustomFields1795447705113, SavedViews1795447945821, NotificationEmail1795453711000, SearchFunctions1795456000000, TimelineObject1795460000000, OutboxAcknowledgement1795461000000, CustomFieldOptionLabels1795463000100, Picklists1796511145138];
