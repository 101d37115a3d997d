import { randomUUID } from 'node:crypto';
import { ObjectName, Role } from '@rapport/shared-domain';
import { appendTimeline } from '@rapport/shared-database';
import { ApiClient, describeVisibilityMatrix, MatrixCast, MatrixProbe, ownerFor, RecordKind } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Everything reachable from a record obeys the scope of what it shows (issue 10): a timeline event
 * that tells about another record (a deal on the account's timeline), a related list, an id named
 * in an input reach exactly the readers of that record. Each cell puts a record of the given kind
 * (own / team / other) on the actor's own account, contact or deal, and asks whether the actor
 * reaches it from there; the expected cell is the permission table's answer for that record.
 */
const api = useTestApi();

const account = (owner: string, team: string | null) => api.ctx.newAccount({ name: 'Carrier', owner: { owner, team } });
const contact = (owner: string, team: string | null) => api.ctx.newContact({ lastName: 'Carrier', owner: { owner, team } });
const opportunity = (accountId: string, owner: string, team: string | null) => api.ctx.newOpportunity({ name: 'Described deal', accountId, owner: { owner, team } });

type Carrier = 'account' | 'contact' | 'opportunity';

async function newEvent(o: { owner: string; team: string | null }): Promise<string> {
  const campaign = await api.ctx.newCampaign({ name: 'Event campaign', owner: o });
  const row = await api.ctx.insertRow<{ id: string }>('event', { title: 'Secret seminar', type: 'seminar', timeZone: 'Asia/Taipei', startsAt: new Date('2027-01-01T01:00:00Z'), endsAt: new Date('2027-01-01T03:00:00Z'), campaignId: campaign.id, ownerId: o.owner, teamId: o.team, createdBy: o.owner });
  return row.id;
}

interface Case {
  object: ObjectName;
  carrier: Carrier;
  eventType: string;
  /** Makes the described record of this ownership, hanging off the actor's own carrier record. */
  make: (o: { owner: string; team: string | null }, carrierId: string, cast: MatrixCast) => Promise<string>;
}

const CASES: Case[] = [
  { object: 'opportunity', carrier: 'account', eventType: 'opportunity.created', make: async (o, accountId) => (await opportunity(accountId, o.owner, o.team)).id },
  {
    object: 'quote',
    carrier: 'opportunity',
    eventType: 'quote.created',
    make: async (o, dealId) => (await api.ctx.newQuote({ opportunityId: dealId, name: 'Q', status: 'draft', owner: o })).id,
  },
  {
    object: 'commitment',
    carrier: 'account',
    eventType: 'commitment.made',
    make: async (o, accountId) => (await api.ctx.newCommitment({ kind: 'follow_up', description: 'Call back', accountId, owner: o })).id,
  },
  {
    object: 'activity',
    carrier: 'contact',
    eventType: 'activity.logged',
    make: async (o, contactId) => (await api.ctx.newActivity({ type: 'call', subject: 'Private call', contactId, owner: o })).id,
  },
  {
    object: 'lead',
    carrier: 'contact',
    eventType: 'lead.converted',
    make: async (o) => (await api.ctx.newLead({ lastName: 'Converted', source: 'web', owner: o })).id,
  },
  // Registering for and attending an event land on the person's timeline: only readers of events see them.
  { object: 'event', carrier: 'contact', eventType: 'event.registered', make: (o) => newEvent(o) },
  { object: 'event', carrier: 'contact', eventType: 'event.attended', make: (o) => newEvent(o) },
  {
    object: 'contact',
    carrier: 'account',
    eventType: 'contact.added',
    make: async (o, accountId) => (await api.ctx.newContact({ lastName: 'Added', accountId, owner: o })).id,
  },
];

/** The carrier's related list of the described record, e.g. `account { opportunities }`. */
const relatedList = (carrier: Carrier, field: string): MatrixProbe<ApiClient> => ({
  name: `query ${carrier}(id) { ${field} }`,
  action: 'read',
  reaches: async (client, id) => {
    const d = await client.gqlOk<Record<string, Record<string, { edges: { node: { id: string } }[] }> | null>>(`query($id: ID!) { ${carrier}(id: $id) { ${field}(first: 50) { edges { node { id } } } } }`, { id: carriers.get(id) });
    return !!d[carrier]?.[field].edges.some((e) => e.node.id === id);
  },
});

/** Naming the record by id in an input (an activity linked to it) works only for those who may read it. */
const referencedBy = (field: string): MatrixProbe<ApiClient> => ({
  name: `mutation createActivity(input.${field})`,
  action: 'read',
  reaches: async (client, id) => {
    const r = await client.gql(`mutation($id: ID!) { createActivity(input: { type: NOTE, subject: "Linked", ${field}: $id }) { activity { id } } }`, { id });
    if (r.errors && r.errors[0]?.extensions?.['code'] !== 'VALIDATION_FAILED' && r.errors[0]?.extensions?.['code'] !== 'FORBIDDEN') throw new Error(JSON.stringify(r.errors));
    return !r.errors;
  },
});

const EXTRA_PROBES: Partial<Record<ObjectName, MatrixProbe<ApiClient>[]>> = {
  opportunity: [relatedList('account', 'opportunities'), referencedBy('opportunityId')],
  contact: [relatedList('account', 'contacts'), referencedBy('contactId')],
  activity: [relatedList('contact', 'activities')],
  lead: [referencedBy('leadId')],
};

async function ownCarrier(carrier: Carrier, cast: MatrixCast): Promise<string> {
  if (carrier === 'contact') return (await contact(cast.actor.id, cast.team.id)).id;
  const acc = await account(cast.actor.id, cast.team.id);
  return carrier === 'account' ? acc.id : (await opportunity(acc.id, cast.actor.id, cast.team.id)).id;
}

/** Carrier per described record, so the probe knows whose timeline to read. */
const carriers = new Map<string, string>();

for (const c of CASES) {
  describe(`${c.eventType} on the ${c.carrier} timeline`, () => {
    describeVisibilityMatrix<ApiClient>({
      object: c.object,
      factories: () => api.ctx,
      clientFor: (u) => api.signedIn(u.email),
      makeRecord: async (kind: RecordKind, cast) => {
        const carrierId = await ownCarrier(c.carrier, cast);
        const id = await c.make(ownerFor(kind, cast), carrierId, cast);
        // The real writer, as every service calls it: it names the described record from the payload.
        await appendTimeline(api.ctx.ds.manager, null, { subjectType: c.carrier, subjectId: carrierId, eventType: c.eventType, payload: { [`${c.object}Id`]: id, name: 'Secret name', amount: '990000' } });
        carriers.set(id, carrierId);
        return id;
      },
      probes: [
        {
          name: `query ${c.carrier}(id) { timeline }`,
          action: 'read',
          reaches: async (client, id) => {
            const d = await client.gqlOk<Record<string, { timeline: { edges: { node: { type: string; payload: string } }[] } } | null>>(
              `query($id: ID!) { ${c.carrier}(id: $id) { timeline(first: 50) { edges { node { type payload } } } } }`,
              { id: carriers.get(id) },
            );
            return !!d[c.carrier]?.timeline.edges.some((e) => e.node.type === c.eventType && e.node.payload.includes(id));
          },
        },
        ...(EXTRA_PROBES[c.object] ?? []),
      ],
    });
  });
}

describe('a service agent on an account with deals', () => {
  it('reads the account’s own events but not the deals, quotes or other people’s activities on its timeline; the deal’s owner and admins do', async () => {
    const team = await api.ctx.newTeam();
    const rep = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const agent = await api.ctx.newUser({ role: Role.ServiceAgent });
    const admin = await api.ctx.newUser({ role: Role.Admin });
    const repClient = await api.signedIn(rep.email);
    const acc = await repClient.gqlOk<{ createAccount: { account: { id: string } } }>(`mutation { createAccount(input: { name: "Timeline Co" }) { account { id } } }`);
    const accountId = acc.createAccount.account.id;
    await repClient.gqlOk(`mutation($a: ID!) { createOpportunity(input: { name: "Secret expansion", accountId: $a, amount: 990000 }) { opportunity { id } } }`, { a: accountId });
    await repClient.gqlOk(`mutation($a: ID!) { createActivity(input: { type: CALL, subject: "Discussed the discount", accountId: $a }) { activity { id } } }`, { a: accountId });

    const timeline = async (c: ApiClient) =>
      (await c.gqlOk<{ account: { timeline: { totalCount: number; edges: { node: { type: string; payload: string } }[] } } | null }>(
        `query($id: ID!) { account(id: $id) { timeline(first: 50) { totalCount edges { node { type payload } } } } }`,
        { id: accountId },
      )).account!.timeline;
    const seenByAgent = await timeline(await api.signedIn(agent.email));
    expect(seenByAgent.edges.map((e) => e.node.type)).toEqual(['record.created']);
    expect(seenByAgent.totalCount).toBe(1);
    expect(JSON.stringify(seenByAgent)).not.toMatch(/Secret expansion|990000|Discussed the discount/);
    for (const reader of [rep, admin]) {
      const seen = await timeline(await api.signedIn(reader.email));
      expect(seen.edges.map((e) => e.node.type).sort()).toEqual(['activity.logged', 'opportunity.created', 'record.created']);
    }
  });
});

describe('references in inputs resolve through the reader’s scope', () => {
  it('refuses another rep’s contact or an unknown id as a deal’s primary contact, as "does not exist", on create and update', async () => {
    const team = await api.ctx.newTeam();
    const rep = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const other = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const mine = await account(rep.id, team.id);
    const theirs = await contact(other.id, team.id);
    const c = await api.signedIn(rep.email);
    const CREATE = `mutation($a: ID!, $p: ID) { createOpportunity(input: { name: "Deal", accountId: $a, primaryContactId: $p }) { opportunity { id primaryContact { id } } } }`;
    for (const p of [theirs.id, randomUUID()]) {
      const r = await c.gql(CREATE, { a: mine.id, p });
      expect(r.errors?.[0]?.extensions).toEqual({
        code: 'VALIDATION_FAILED',
        messageKey: 'errors.validationFailed', 
        fields: [{ path: 'input.primaryContactId', message: 'This contact does not exist.', messageKey: 'validation.doesNotExist', params: { object: 'contact' } }],
      });
    }
    const deal = (await c.gqlOk<{ createOpportunity: { opportunity: { id: string } } }>(CREATE, { a: mine.id, p: null })).createOpportunity.opportunity;
    const r = await c.gql(`mutation($id: ID!, $p: ID) { updateOpportunity(input: { id: $id, primaryContactId: $p }) { opportunity { id } } }`, { id: deal.id, p: theirs.id });
    expect(r.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    const [row] = await api.ctx.ds.query(`SELECT primary_contact_id FROM opportunity WHERE id = $1`, [deal.id]);
    expect(row.primary_contact_id).toBeNull();
    // One's own contact is fine.
    const own = await contact(rep.id, team.id);
    await c.gqlOk(`mutation($id: ID!, $p: ID) { updateOpportunity(input: { id: $id, primaryContactId: $p }) { opportunity { id } } }`, { id: deal.id, p: own.id });
  });

  it('refuses an activity linked to a record the reader cannot see, naming the field', async () => {
    const team = await api.ctx.newTeam();
    const rep = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const other = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const theirs = await account(other.id, team.id);
    const r = await (await api.signedIn(rep.email)).gql(`mutation($a: ID!) { createActivity(input: { type: CALL, subject: "x", accountId: $a }) { activity { id } } }`, { a: theirs.id });
    expect(r.errors?.[0]?.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      messageKey: 'errors.validationFailed', 
      fields: [{ path: 'input.accountId', message: 'This account does not exist.', messageKey: 'validation.doesNotExist', params: { object: 'account' } }],
    });
  });
});
