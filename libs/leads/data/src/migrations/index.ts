import { Leads1795453712652 } from './1795453712652-leads';
import { LeadImport1795453998058 } from './1795453998058-lead-import';
import { PublicLeadRate1795462000000 } from './1795462000000-public-lead-rate';
import { SubmissionVisitor1796525718447 } from './1796525718447-submission-visitor';
import { IntakeCalendar1796605200000 } from './1796605200000-intake-calendar';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const LEADS_MIGRATIONS: Function[] = [Leads1795453712652, LeadImport1795453998058, PublicLeadRate1795462000000, SubmissionVisitor1796525718447, IntakeCalendar1796605200000];
