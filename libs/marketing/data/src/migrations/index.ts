import { Marketing1796463034241 } from './1796463034241-marketing';
import { CampaignReferences1796473160201 } from './1796473160201-campaign-references';
import { Consent1796486981056 } from './1796486981056-consent';
import { EmailTemplates1796487901269 } from './1796487901269-email-templates';
import { Mailings1796497116390 } from './1796497116390-mailings';
import { ConsentConfirmations1796498277541 } from './1796498277541-consent-confirmations';
import { Nurtures1796499334401 } from './1796499334401-nurtures';
import { MailingSendQueuedIndex1796500382281 } from './1796500382281-mailing-send-queued-index';
import { MailingLocalHour1796512756679 } from './1796512756679-mailing-local-hour';
import { RecurringMailings1796513871277 } from './1796513871277-recurring-mailings';
import { MailingSendTimeZone1796514281674 } from './1796514281674-mailing-send-time-zone';
import { InboundMessages1796513942000 } from './1796513942000-inbound-messages';
import { WebVisitors1796525662135 } from './1796525662135-web-visitors';
import { NurtureSegmentSource1796553974583 } from './1796553974583-nurture-segment-source';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MARKETING_MIGRATIONS: Function[] = [Marketing1796463034241, CampaignReferences1796473160201, Consent1796486981056, EmailTemplates1796487901269, Mailings1796497116390, ConsentConfirmations1796498277541, Nurtures1796499334401, MailingSendQueuedIndex1796500382281, MailingLocalHour1796512756679, RecurringMailings1796513871277, InboundMessages1796513942000, MailingSendTimeZone1796514281674, WebVisitors1796525662135, NurtureSegmentSource1796553974583];
