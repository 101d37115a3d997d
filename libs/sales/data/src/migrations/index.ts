import { Sales1795446308826 } from './1795446308826-sales';
import { DefaultPipeline1795446400000 } from './1795446400000-default-pipeline';
import { Handover1795447421976 } from './1795447421976-handover';
import { SalesForeignKeys1795448143106 } from './1795448143106-sales-foreign-keys';
import { LeadIntakeColumns1795453712000 } from './1795453712000-lead-intake-columns';
import { SalesListSearchIndexes1795456000100 } from './1795456000100-sales-list-search-indexes';
import { TranslatedNames1795463000000 } from './1795463000000-translated-names';
import { AccountTaxId1796451380409 } from './1796451380409-account-tax-id';
import { AccountPicklists1796511145200 } from './1796511145200-account-picklists';
import { ContactTimeZone1796512749383 } from './1796512749383-contact-time-zone';
import { LeadTimeZone1796524843232 } from './1796524843232-lead-time-zone';
import { ContactNeedsReview1796578672934 } from './1796578672934-contact-needs-review';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const SALES_MIGRATIONS: Function[] = [Sales1795446308826, DefaultPipeline1795446400000, Handover1795447421976, SalesForeignKeys1795448143106, LeadIntakeColumns1795453712000, SalesListSearchIndexes1795456000100, TranslatedNames1795463000000, AccountTaxId1796451380409, AccountPicklists1796511145200, ContactTimeZone1796512749383, LeadTimeZone1796524843232, ContactNeedsReview1796578672934];
