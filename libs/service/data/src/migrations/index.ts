import { BusinessCalendars1796567596523 } from './1796567596523-business-calendars';
import { ServiceSlaPolicies1796568257563 } from './1796568257563-service-sla-policies';
import { Entitlements1796568553831 } from './1796568553831-entitlements';
import { Cases1796577556506 } from './1796577556506-cases';
import { CaseFollows1796578681265 } from './1796578681265-case-follows';
import { CaseEscalation1796579206562 } from './1796579206562-case-escalation';
import { WorkOrders1796590888615 } from './1796590888615-work-orders';
import { CaseAttachments1796590899962 } from './1796590899962-case-attachments';
import { SlaPolicyDefault1796592426378 } from './1796592426378-sla-policy-default';
import { CaseReplyTemplates1796605062275 } from './1796605062275-case-reply-templates';
import { CaseSplit1796605075955 } from './1796605075955-case-split';
import { CaseUploads1796619609401 } from './1796619609401-case-uploads';
import { CaseOrder1796620514748 } from './1796620514748-case-order';
import { CaseEventMessageIds1796621400000 } from './1796621400000-case-event-message-ids';
import { RoutingQueues1796630630291 } from './1796630630291-routing-queues';
import { Csat1796630651504 } from './1796630651504-csat';
import { KnowledgeBase1796630677851 } from './1796630677851-knowledge-base';
import { ServiceChannelCost1796631468139 } from './1796631468139-service-channel-cost';
import { PortalUsers1796632358576 } from './1796632358576-portal-users';
import { CsatQueueModes1796643322030 } from './1796643322030-csat-queue-modes';
import { KnowledgeTitleVector1796660000000 } from './1796660000000-knowledge-title-vector';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const SERVICE_MIGRATIONS: Function[] = [BusinessCalendars1796567596523, ServiceSlaPolicies1796568257563, Entitlements1796568553831, Cases1796577556506, CaseFollows1796578681265, CaseEscalation1796579206562, WorkOrders1796590888615, CaseAttachments1796590899962, SlaPolicyDefault1796592426378, CaseReplyTemplates1796605062275, CaseSplit1796605075955, CaseUploads1796619609401, CaseOrder1796620514748, CaseEventMessageIds1796621400000, RoutingQueues1796630630291, Csat1796630651504, KnowledgeBase1796630677851, ServiceChannelCost1796631468139, PortalUsers1796632358576, CsatQueueModes1796643322030, KnowledgeTitleVector1796660000000];
