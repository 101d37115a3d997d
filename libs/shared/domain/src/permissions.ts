import { RecordScope, Role } from './roles';

export type Action = 'read' | 'write';

/**
 * Objects that carry permissions. Each domain adds its objects here when it lands;
 * the API-key scopes (`<domain>:<action>`) are derived from the `domain` of each object.
 */
export const OBJECTS = {
  user: { domain: 'users' },
  team: { domain: 'users' },
  apiKey: { domain: 'admin' },
  auditLog: { domain: 'admin' },
  account: { domain: 'sales' },
  contact: { domain: 'sales' },
  lead: { domain: 'sales' },
  opportunity: { domain: 'sales' },
  activity: { domain: 'sales' },
  pipeline: { domain: 'sales' },
  /** Lead intake set-up: web forms, routing rules, scoring rules, SLA policies, intake settings. */
  leadSetup: { domain: 'leads' },
  leadImport: { domain: 'leads' },
  /** Products, price books and discount tolerances. */
  catalog: { domain: 'sales' },
  quote: { domain: 'sales' },
  commitment: { domain: 'sales' },
  forecast: { domain: 'sales' },
  // Capabilities beyond reading and writing records: whose records they reach is a scope like any
  // other (a manager approves their team's quotes), so services ask this table, never a role name.
  /** Approving or rejecting a discount beyond the rep's tolerance (an `all` scope may approve one's own). */
  quoteApproval: { domain: 'sales' },
  /** Unlocking an accepted quote. */
  quoteUnlock: { domain: 'sales' },
  /** Manager adjustments to a forecast, and quotas. */
  forecastAdjustment: { domain: 'sales' },
  /** Handing a person's book of records over to someone else. */
  handover: { domain: 'sales' },
  /** Saving a view that everyone can use. */
  sharedView: { domain: 'users' },
  /** Campaigns with their members, cost lines and return (members are read through their contact or lead too). */
  campaign: { domain: 'marketing' },
  /** Mailings: a template sent to an audience for a campaign (issue 15). Owned by who created them. */
  mailing: { domain: 'marketing' },
  /** Events people register for (issue 16), with their registrations and check-in: the people who run them. */
  event: { domain: 'marketing' },
  /** The company-wide contact policy every mailing obeys (frequency cap, same content, quiet hours). */
  contactPolicy: { domain: 'admin' },
  /** Segments (issue 17): rules over contacts; counts and members are still limited to the contacts one may read. */
  segment: { domain: 'segmentation' },
  /** Customers' orders; read through the customer (contact) they belong to as well. */
  order: { domain: 'segmentation' },
  /** Customer value analytics: metrics runs (RFM, CLV fits, churn, lifecycle) and their results. */
  customerValue: { domain: 'segmentation' },
  /** Service set-up (issue 18): business calendars (hours, days off, make-up days that SLA clocks count in, for lead intake too), SLA policies. */
  serviceSetup: { domain: 'service' },
  /**
   * Service cases (issue 18) with their thread. The service desk works any case (until routing
   * assigns them, mail opens cases for the intake owner); owned by the agent working them; also read through
   * their account by anyone who may read that account and reads cases at all (RECORD_PARENTS), so
   * the rep who owns a customer sees its open problems.
   */
  case: { domain: 'service' },
  /** Internal notes on cases: never shown to the customer, nor to staff outside service (a capability: all or none). */
  caseNote: { domain: 'service' },
  /**
   * On-site visits for cases (issue 18 item 7). Owned by the technician sent; also read through their
   * case (RECORD_PARENTS) by whoever reads it. Writing all of them is dispatching; a technician with an
   * `own` grant records the visits they are sent on.
   */
  workOrder: { domain: 'service' },
  /**
   * Routing (issue 19 item 1): queues, their matching rules, agents' skills, languages and capacity,
   * and the supervisors' live board. Reading is seeing the queues and the board; writing is setting
   * them up. Every agent sets their own presence whatever this grants.
   */
  routing: { domain: 'service' },
  /**
   * Knowledge base articles (issue 19 item 3). Reading is bounded by each article's audience as well:
   * staff read internal and public articles, portal users only published customer-facing ones. An
   * `own` write scope drafts and edits one's own articles; publishing takes `all`.
   */
  knowledge: { domain: 'service' },
  /**
   * Reading knowledge base articles that are not for customers (audience internal or partners): a
   * capability, all or none, like caseNote. Staff have it; a portal user (a customer) does not and
   * reads only published articles for customers. There is no partner role yet, so partner articles
   * are staff-only until one is added here.
   */
  knowledgeInternal: { domain: 'service' },
  /** Satisfaction survey answers (issue 19 item 5) and their reports: an agent's own cases' answers, a team's, or all. */
  csat: { domain: 'service' },
  /**
   * Cases as the customer portal shows them (issue 19 item 4): only to customers, whose `own` is the
   * cases of their own contact (their account's when they are its service admin; see Actor.customer).
   * Apart from `case` so the staff API, with its owners, clocks and history, never opens to customers.
   */
  portalCase: { domain: 'service' },
  /**
   * Being given cases by routing (issue 19 item 1): a presence of one's own and a place in the
   * queues' distribution. A capability, like caseNote: the people who work cases take it.
   */
  routedCases: { domain: 'service' },
} as const;

export type ObjectName = keyof typeof OBJECTS;

interface Grant {
  read: RecordScope;
  write: RecordScope;
}

const { None, Own, Team, All } = RecordScope;
const g = (read: RecordScope, write: RecordScope): Grant => ({ read, write });

/**
 * The permission table: role × object → the scope of records it may read and write.
 * Users: everyone reads their own profile; managers read their team; only admins manage.
 * Teams: managers see their subtree; reps see the team they belong to.
 */
const TABLE: Record<Role, Record<ObjectName, Grant>> = {
  [Role.Admin]: {
    user: g(All, All), team: g(All, All), apiKey: g(All, All), auditLog: g(All, None),
    account: g(All, All), contact: g(All, All), lead: g(All, All), opportunity: g(All, All), activity: g(All, All), pipeline: g(All, All),
    leadSetup: g(All, All), leadImport: g(All, All),
    catalog: g(All, All), quote: g(All, All), commitment: g(All, All), forecast: g(All, All),
    quoteApproval: g(All, All), quoteUnlock: g(All, All), forecastAdjustment: g(All, All), handover: g(All, All), sharedView: g(All, All), campaign: g(All, All),
    mailing: g(All, All), event: g(All, All), contactPolicy: g(All, All),
    segment: g(All, All), order: g(All, All), customerValue: g(All, All), serviceSetup: g(All, All), case: g(All, All), caseNote: g(All, All), workOrder: g(All, All), routing: g(All, All), knowledge: g(All, All), knowledgeInternal: g(All, None), csat: g(All, None), portalCase: g(None, None), routedCases: g(Own, Own),
  },
  [Role.SalesManager]: {
    user: g(Team, None), team: g(Team, None), apiKey: g(None, None), auditLog: g(Team, None),
    account: g(Team, Team), contact: g(Team, Team), lead: g(Team, Team), opportunity: g(Team, Team), activity: g(Team, Team), pipeline: g(All, None),
    leadSetup: g(All, None), leadImport: g(Own, Own),
    catalog: g(All, None), quote: g(Team, Team), commitment: g(Team, Team), forecast: g(Team, Team),
    quoteApproval: g(Team, Team), quoteUnlock: g(None, None), forecastAdjustment: g(Team, Team), handover: g(Team, Team), sharedView: g(All, All), campaign: g(All, None),
    mailing: g(All, Own), event: g(None, None), contactPolicy: g(All, None),
    segment: g(All, Own), order: g(Team, None), customerValue: g(All, None), serviceSetup: g(All, None), case: g(Team, None), caseNote: g(None, None), workOrder: g(Team, Own), routing: g(None, None), knowledge: g(All, None), knowledgeInternal: g(All, None), csat: g(None, None), portalCase: g(None, None), routedCases: g(None, None),
  },
  [Role.SalesRep]: {
    user: g(Own, None), team: g(Team, None), apiKey: g(None, None), auditLog: g(Own, None),
    account: g(Own, Own), contact: g(Own, Own), lead: g(Own, Own), opportunity: g(Own, Own), activity: g(Own, Own), pipeline: g(All, None),
    leadSetup: g(None, None), leadImport: g(None, None),
    catalog: g(All, None), quote: g(Own, Own), commitment: g(Own, Own), forecast: g(Own, Own),
    quoteApproval: g(None, None), quoteUnlock: g(None, None), forecastAdjustment: g(None, None), handover: g(None, None), sharedView: g(None, None), campaign: g(All, None),
    mailing: g(None, None), event: g(None, None), contactPolicy: g(None, None),
    segment: g(All, None), order: g(Own, None), customerValue: g(All, None), serviceSetup: g(None, None), case: g(Own, None), caseNote: g(None, None), workOrder: g(Own, Own), routing: g(None, None), knowledge: g(All, None), knowledgeInternal: g(All, None), csat: g(None, None), portalCase: g(None, None), routedCases: g(None, None),
  },
  // Marketing works every lead and needs the customer base for segments and campaign ROI.
  [Role.Marketer]: {
    user: g(Own, None), team: g(Team, None), apiKey: g(None, None), auditLog: g(Own, None),
    account: g(All, None), contact: g(All, None), lead: g(All, All), opportunity: g(All, None), activity: g(Own, Own), pipeline: g(All, None),
    leadSetup: g(All, None), leadImport: g(All, All),
    catalog: g(All, None), quote: g(None, None), commitment: g(None, None), forecast: g(None, None),
    quoteApproval: g(None, None), quoteUnlock: g(None, None), forecastAdjustment: g(None, None), handover: g(None, None), sharedView: g(None, None), campaign: g(All, All),
    mailing: g(All, All), event: g(All, All), contactPolicy: g(All, None),
    segment: g(All, All), order: g(All, All), customerValue: g(All, All), serviceSetup: g(All, None), case: g(None, None), caseNote: g(None, None), workOrder: g(None, None), routing: g(None, None), knowledge: g(All, None), knowledgeInternal: g(All, None), csat: g(None, None), portalCase: g(None, None), routedCases: g(None, None),
  },
  // Service sees every customer it may have to serve; it changes what its team owns.
  [Role.ServiceManager]: {
    user: g(Team, None), team: g(Team, None), apiKey: g(None, None), auditLog: g(Team, None),
    account: g(All, Team), contact: g(All, Team), lead: g(None, None), opportunity: g(None, None), activity: g(Team, Team), pipeline: g(None, None),
    leadSetup: g(None, None), leadImport: g(None, None),
    catalog: g(All, None), quote: g(None, None), commitment: g(All, None), forecast: g(None, None),
    quoteApproval: g(None, None), quoteUnlock: g(None, None), forecastAdjustment: g(None, None), handover: g(None, None), sharedView: g(All, All), campaign: g(None, None),
    mailing: g(None, None), event: g(None, None), contactPolicy: g(All, None),
    segment: g(All, None), order: g(All, None), customerValue: g(All, None), serviceSetup: g(All, All), case: g(All, All), caseNote: g(All, All), workOrder: g(All, All), routing: g(All, All), knowledge: g(All, All), knowledgeInternal: g(All, None), csat: g(All, None), portalCase: g(None, None), routedCases: g(Own, Own),
  },
  [Role.ServiceAgent]: {
    user: g(Own, None), team: g(Team, None), apiKey: g(None, None), auditLog: g(Own, None),
    account: g(All, None), contact: g(All, Own), lead: g(None, None), opportunity: g(None, None), activity: g(Own, Own), pipeline: g(None, None),
    leadSetup: g(None, None), leadImport: g(None, None),
    catalog: g(All, None), quote: g(None, None), commitment: g(All, None), forecast: g(None, None),
    quoteApproval: g(None, None), quoteUnlock: g(None, None), forecastAdjustment: g(None, None), handover: g(None, None), sharedView: g(None, None), campaign: g(None, None),
    mailing: g(None, None), event: g(None, None), contactPolicy: g(None, None),
    segment: g(None, None), order: g(All, None), customerValue: g(All, None), serviceSetup: g(All, None), case: g(All, All), caseNote: g(All, All), workOrder: g(All, All), routing: g(All, None), knowledge: g(All, Own), knowledgeInternal: g(All, None), csat: g(Own, None), portalCase: g(None, None), routedCases: g(Own, Own),
  },
  [Role.PortalUser]: {
    user: g(Own, None), team: g(None, None), apiKey: g(None, None), auditLog: g(None, None),
    account: g(None, None), contact: g(None, None), lead: g(None, None), opportunity: g(None, None), activity: g(None, None), pipeline: g(None, None),
    leadSetup: g(None, None), leadImport: g(None, None),
    catalog: g(None, None), quote: g(None, None), commitment: g(None, None), forecast: g(None, None),
    quoteApproval: g(None, None), quoteUnlock: g(None, None), forecastAdjustment: g(None, None), handover: g(None, None), sharedView: g(None, None), campaign: g(None, None),
    mailing: g(None, None), event: g(None, None), contactPolicy: g(None, None),
    segment: g(None, None), order: g(None, None), customerValue: g(None, None), serviceSetup: g(None, None), case: g(None, None), caseNote: g(None, None), workOrder: g(None, None), routing: g(None, None), knowledge: g(All, None), knowledgeInternal: g(None, None), csat: g(None, None), portalCase: g(Own, Own), routedCases: g(None, None),
  },
  // An integration's reach is narrowed by its API key's scopes.
  [Role.Integration]: {
    user: g(All, None), team: g(All, None), apiKey: g(None, None), auditLog: g(None, None),
    account: g(All, All), contact: g(All, All), lead: g(All, All), opportunity: g(All, All), activity: g(All, All), pipeline: g(All, None),
    leadSetup: g(All, None), leadImport: g(All, All),
    catalog: g(All, None), quote: g(All, All), commitment: g(All, All), forecast: g(All, None),
    quoteApproval: g(None, None), quoteUnlock: g(None, None), forecastAdjustment: g(None, None), handover: g(None, None), sharedView: g(None, None), campaign: g(All, All),
    mailing: g(All, All), event: g(All, All), contactPolicy: g(All, None),
    segment: g(All, All), order: g(All, All), customerValue: g(All, None), serviceSetup: g(All, None), case: g(All, All), caseNote: g(All, All), workOrder: g(All, All), routing: g(All, None), knowledge: g(All, All), knowledgeInternal: g(All, None), csat: g(All, None), portalCase: g(None, None), routedCases: g(None, None),
  },
};

export function grantFor(role: Role, object: ObjectName): Grant {
  return TABLE[role][object];
}

export function permissionMatrix(): { role: Role; permissions: { object: ObjectName; read: RecordScope; write: RecordScope }[] }[] {
  return (Object.keys(TABLE) as Role[]).map((role) => ({
    role,
    permissions: (Object.keys(OBJECTS) as ObjectName[]).map((object) => ({ object, ...TABLE[role][object] })),
  }));
}

/** Every scope an API key can carry, e.g. `users:read`. */
export function apiKeyScopes(): string[] {
  const domains = [...new Set(Object.values(OBJECTS).map((o) => o.domain))];
  return domains.flatMap((d) => [`${d}:read`, `${d}:write`]).sort();
}
