import { randomBytes } from 'node:crypto';
import { ALL_ROLES, permissionMatrix, Role } from '@rapport/shared-domain';
import { TeamEntity, UserEntity } from '@rapport/shared-database';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * What the SPA is told it may do (`me.permissions`, `viewerCan` on each record) against what the
 * mutations actually let through: for every role and every kind of record — own, a teammate's, an
 * outsider's, and an outsider's shared with the viewer (read, write, or with the viewer's team) —
 * each `viewerCan` flag must equal whether its mutation succeeds. The flags are never asserted
 * against a hand-written table: the mutations are the truth.
 */
const api = useTestApi();

type Kind = 'own' | 'team' | 'other' | 'sharedRead' | 'sharedWrite' | 'teamSharedWrite';
const KINDS: Kind[] = ['own', 'team', 'other', 'sharedRead', 'sharedWrite', 'teamSharedWrite'];

interface Cast {
  actor: UserEntity;
  team: TeamEntity;
  teammate: UserEntity;
  outsider: UserEntity;
  client: ApiClient;
}

const casts = new Map<Role, Cast>();
let product: string;

beforeAll(async () => {
  const f = api.ctx;
  const outsiderTeam = await f.newTeam({ name: 'Outsiders' });
  const outsider = await f.newUser({ role: Role.SalesRep, teamId: outsiderTeam.id });
  for (const role of ALL_ROLES) {
    const team = await f.newTeam({ name: `Team of ${role}` });
    const actor = await f.newUser({ role, teamId: team.id });
    const teammate = await f.newUser({ role: Role.SalesRep, teamId: team.id });
    await f.setTeamManager(team, actor);
    casts.set(role, { actor, team, teammate, outsider, client: await api.signedIn(actor.email) });
  }
  // One priced product, so createQuote can succeed wherever it is allowed.
  ({ id: product } = await f.newProduct({ sku: 'VC-1', name: 'Seat', productLine: 'software' }));
  await f.newPriceBook({ prices: [{ productId: product, unitPrice: 100 }] });
});

const word = () => `vc${randomBytes(4).toString('hex')}`;

function ownerOf(kind: Kind, cast: Cast): { owner: string; team: string | null } {
  if (kind === 'own') return { owner: cast.actor.id, team: cast.team.id };
  if (kind === 'team') return { owner: cast.teammate.id, team: cast.team.id };
  return { owner: cast.outsider.id, team: cast.outsider.teamId };
}

async function shareFor(kind: Kind, cast: Cast, object: string, id: string) {
  if (kind === 'sharedRead' || kind === 'sharedWrite') {
    await api.ctx.newShare({ objectType: object, recordId: id, userId: cast.actor.id, access: kind === 'sharedRead' ? 'read' : 'write' });
  }
  if (kind === 'teamSharedWrite') await api.ctx.newShare({ objectType: object, recordId: id, teamId: cast.team.id, access: 'write' });
}

const MAKE: Record<'account' | 'contact' | 'lead' | 'opportunity', (o: { owner: string; team: string | null }) => Promise<string>> = {
  account: async (o) => (await api.ctx.newAccount({ name: word(), owner: o })).id,
  contact: async (o) => (await api.ctx.newContact({ lastName: word(), owner: o })).id,
  lead: async (o) => {
    const name = word();
    return (await api.ctx.newLead({ lastName: name, company: `co ${name}`, email: `${name}@example.com`, owner: o })).id;
  },
  opportunity: async (o) => (await api.ctx.newOpportunity({ name: word(), accountId: await MAKE.account(o), amount: '1000', owner: o })).id,
};

/** Whether the mutation went through; a refusal must be one of `refusals`, or the probe itself is broken. */
const succeeds = async (c: ApiClient, query: string, variables: Record<string, unknown>, refusals = ['NOT_FOUND', 'FORBIDDEN']) => {
  const r = await c.gql(query, variables);
  const code = r.errors?.[0]?.extensions?.code;
  if (r.errors && !refusals.includes(code ?? '')) throw new Error(`Unexpected answer ${code}: ${r.errors[0]?.message}`);
  return !r.errors;
};

const FLAGS = {
  account: 'update share merge',
  contact: 'update share merge',
  lead: 'update share merge convert',
  opportunity: 'update share moveStage createQuote',
} as const;
const ENUM = { account: 'ACCOUNT', contact: 'CONTACT', lead: 'LEAD', opportunity: 'OPPORTUNITY' } as const;
const LIST = { account: 'accounts', contact: 'contacts', lead: 'leads', opportunity: 'opportunities' } as const;

type Flags = Record<string, boolean>;

/** viewerCan as the record page reads it, and as the list reads it; invisible reads as "nothing allowed". */
async function viewerCan(c: ApiClient, object: keyof typeof FLAGS, id: string): Promise<Flags> {
  const single = await c.gqlOk<Record<string, { viewerCan: Flags } | null>>(`query($id: ID!) { ${object}(id: $id) { viewerCan { ${FLAGS[object]} } } }`, { id });
  const list = await c.gqlOk<Record<string, { edges: { node: { viewerCan: Flags } }[] }>>(
    `query($id: ID!) { ${LIST[object]}(filter: { id: { eq: $id } }) { edges { node { viewerCan { ${FLAGS[object]} } } } } }`,
    { id },
  );
  expect(list[LIST[object]].edges[0]?.node.viewerCan ?? null).toEqual(single[object]?.viewerCan ?? null);
  return single[object]?.viewerCan ?? Object.fromEntries(FLAGS[object].split(' ').map((f) => [f, false]));
}

const UPDATE = {
  account: 'mutation($id: ID!) { updateAccount(input: { id: $id, industry: "Retail" }) { account { id } } }',
  contact: 'mutation($id: ID!) { updateContact(input: { id: $id, title: "CFO" }) { contact { id } } }',
  lead: 'mutation($id: ID!) { updateLead(input: { id: $id, productInterest: "Spring" }) { lead { id } } }',
  opportunity: 'mutation($id: ID!) { updateOpportunity(input: { id: $id, nextStep: "Call" }) { opportunity { id } } }',
};

const cases = ALL_ROLES.flatMap((role) => KINDS.map((kind) => [role, kind] as const));

describe.each(['account', 'contact', 'lead', 'opportunity'] as const)('%s.viewerCan', (object) => {
  it.each(cases)('%s · %s record: every flag equals what its mutation does', async (role, kind) => {
    const cast = casts.get(role)!;
    const c = cast.client;
    const id = await MAKE[object](ownerOf(kind, cast));
    await shareFor(kind, cast, object, id);
    const can = await viewerCan(c, object, id);

    expect(await succeeds(c, UPDATE[object], { id })).toBe(can['update']);
    expect(
      await succeeds(c, 'mutation($o: ShareableObject!, $id: ID!, $u: ID!) { shareRecord(input: { objectType: $o, recordId: $id, userId: $u, access: READ }) { share { id } } }', {
        o: ENUM[object],
        id,
        u: cast.teammate.id,
      }),
    ).toBe(can['share']);

    if (object === 'opportunity') {
      // An opportunity one may not change is refused as an invalid reference (it reads like a missing one).
      const quoted = await succeeds(c, 'mutation($id: ID!, $p: ID!) { createQuote(input: { opportunityId: $id, lines: [{ productId: $p, quantity: 1 }] }) { quote { id } } }', { id, p: product }, [
        'VALIDATION_FAILED',
        'FORBIDDEN',
      ]);
      expect(quoted).toBe(can['createQuote']);
      const [next] = await api.ctx.ds.query(`SELECT s.id FROM stage s JOIN opportunity o ON o.pipeline_id = s.pipeline_id WHERE o.id = $1 AND NOT s.is_lost AND NOT s.is_won AND s.id <> o.stage_id ORDER BY s.position LIMIT 1`, [id]);
      expect(await succeeds(c, 'mutation($id: ID!, $s: ID!) { moveOpportunityStage(input: { id: $id, stageId: $s }) { opportunity { id } } }', { id, s: next.id })).toBe(can['moveStage']);
      return;
    }
    if (object === 'lead') {
      expect(await succeeds(c, 'mutation($id: ID!) { convertLead(input: { leadId: $id }) { lead { id } } }', { id })).toBe(can['convert']);
      // Once converted, it may not be converted again — and viewerCan says so too.
      if (can['convert']) {
        expect((await viewerCan(c, 'lead', id))['convert']).toBe(false);
        expect(await succeeds(c, 'mutation($id: ID!) { convertLead(input: { leadId: $id }) { lead { id } } }', { id }, ['CONFLICT'])).toBe(false);
      }
    }
    // A merge needs every record in it to allow it: pair the record with a twin of the same kind.
    const twin = await MAKE[object](ownerOf(kind, cast));
    await shareFor(kind, cast, object, twin);
    expect(await succeeds(c, 'mutation($o: MergeableObject!, $s: ID!, $m: ID!) { mergeRecords(input: { objectType: $o, survivorId: $s, mergedIds: [$m] }) { survivorId } }', { o: ENUM[object], s: id, m: twin })).toBe(
      can['merge'],
    );
  });
});

type QuoteKind = Kind | 'dealElsewhere';
const QUOTE_KINDS: QuoteKind[] = ['own', 'team', 'other', 'sharedRead', 'sharedWrite', 'dealElsewhere'];
const STATUSES = ['draft', 'pending_approval', 'approved', 'accepted'] as const;

/** A quote of the kind's owner on a deal of the same owner (or, for `dealElsewhere`, the viewer's quote on an outsider's deal). */
async function makeQuote(kind: QuoteKind, cast: Cast, status: (typeof STATUSES)[number]): Promise<string> {
  const quoteOwner = kind === 'dealElsewhere' ? ownerOf('own', cast) : ownerOf(kind, cast);
  const deal = await MAKE.opportunity(kind === 'dealElsewhere' ? ownerOf('other', cast) : quoteOwner);
  const { id } = await api.ctx.newQuote({ opportunityId: deal, name: 'Q', status, owner: quoteOwner });
  if (kind !== 'dealElsewhere') await shareFor(kind, cast, 'quote', id);
  // The quote's owner asked for the approval: a manager decides a teammate's, never their own.
  if (status === 'pending_approval') await api.ctx.newQuoteApproval({ quoteId: id, requestedBy: quoteOwner.owner, reasonCode: 'other' });
  return id;
}

describe('quote.viewerCan', () => {
  const quoteCases = ALL_ROLES.flatMap((role) => QUOTE_KINDS.flatMap((kind) => STATUSES.map((status) => [role, kind, status] as const)));

  it.each(quoteCases)('%s · %s quote · %s: every flag equals what its mutation does', async (role, kind, status) => {
    const cast = casts.get(role)!;
    const c = cast.client;
    const id = await makeQuote(kind, cast, status);
    const flags = 'update submit accept decide unlock';
    const single = (await c.gqlOk<{ quote: { opportunityId: string; viewerCan: Flags } | null }>(`query($id: ID!) { quote(id: $id) { opportunityId viewerCan { ${flags} } } }`, { id })).quote;
    const [{ opportunity_id }] = await api.ctx.ds.query(`SELECT opportunity_id FROM quote WHERE id = $1`, [id]);
    const listed = await c.gql<{ quotes: { edges: { node: { id: string; viewerCan: Flags } }[] } }>(`query($o: ID!) { quotes(opportunityId: $o) { edges { node { id viewerCan { ${flags} } } } } }`, { o: opportunity_id });
    expect(listed.data?.quotes.edges.find((e) => e.node.id === id)?.node.viewerCan ?? null).toEqual(single?.viewerCan ?? null);
    const can = single?.viewerCan ?? { update: false, submit: false, accept: false, decide: false, unlock: false };

    // A quote in the wrong state is refused as a conflict; one out of reach as missing or forbidden.
    const refusals = ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'];
    expect(await succeeds(c, 'mutation($id: ID!) { updateQuote(input: { id: $id, notes: "seen" }) { quote { id } } }', { id }, refusals)).toBe(can['update']);
    if (status === 'draft') expect(await succeeds(c, 'mutation($id: ID!) { submitQuote(input: { id: $id }) { quote { id } } }', { id }, refusals)).toBe(can['submit']);
    if (status === 'pending_approval') {
      expect(await succeeds(c, 'mutation($id: ID!) { decideQuote(input: { id: $id, approve: false, note: "Too low" }) { quote { id } } }', { id }, refusals)).toBe(can['decide']);
    }
    if (status === 'approved') expect(await succeeds(c, 'mutation($id: ID!) { acceptQuote(input: { id: $id }) { quote { id } } }', { id }, refusals)).toBe(can['accept']);
    if (status === 'accepted') expect(await succeeds(c, 'mutation($id: ID!) { unlockQuote(input: { id: $id, reason: "Typo" }) { quote { id } } }', { id }, refusals)).toBe(can['unlock']);
  });
});

/**
 * Activities and commitments are read more widely than they are changed (service reads every
 * promise; a share may open one to a reader), and nobody can share them through the API yet — but
 * the scope SQL counts a record_share row for them like any other, so the shares go in as rows.
 */
const LEDGER = {
  activity: {
    flags: 'update complete',
    make: async (o: { owner: string; team: string | null }) => (await api.ctx.newActivity({ type: 'call', subject: word(), owner: o })).id,
    list: 'query($id: ID!) { rows: activities(filter: { id: { eq: $id } }) { edges { node { id viewerCan { update complete } } } } }',
    mutations: {
      update: 'mutation($id: ID!) { updateActivity(input: { id: $id, subject: "Call back", dueAt: "2031-01-02T03:00:00Z" }) { activity { id } } }',
      complete: 'mutation($id: ID!) { updateActivity(input: { id: $id, done: true }) { activity { id done viewerCan { complete } } } }',
    },
  },
  commitment: {
    flags: 'resolve',
    make: async (o: { owner: string; team: string | null }) => {
      const account = await MAKE.account(o);
      return (await api.ctx.newCommitment({ kind: 'follow_up', description: word(), accountId: account, owner: o })).id;
    },
    list: 'query($id: ID!) { rows: commitments(accountId: $id, status: "open") { edges { node { id viewerCan { resolve } } } } }',
    mutations: { resolve: 'mutation($id: ID!) { resolveCommitment(input: { id: $id, status: "kept" }) { commitment { id status } } }' },
  },
} as const;

describe.each(['activity', 'commitment'] as const)('%s.viewerCan', (object) => {
  it.each(cases)('%s · %s record: every flag equals what its mutation does', async (role, kind) => {
    const cast = casts.get(role)!;
    const c = cast.client;
    const spec = LEDGER[object];
    const id = await spec.make(ownerOf(kind, cast));
    await shareFor(kind, cast, object, id);
    // The list is the only way in (there is no single activity or commitment query); commitments are listed by their account.
    const [{ account_id: accountId }] = object === 'commitment' ? await api.ctx.ds.query(`SELECT account_id FROM commitment WHERE id = $1`, [id]) : [{ account_id: id }];
    const listed = await c.gql<{ rows: { edges: { node: { id: string; viewerCan: Flags } }[] } }>(spec.list, { id: accountId });
    // A role without the object at all is refused the list; that reads as nothing allowed too.
    if (listed.errors) expect(listed.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const can = listed.data?.rows.edges.find((e) => e.node.id === id)?.node.viewerCan ?? Object.fromEntries(spec.flags.split(' ').map((f) => [f, false]));

    // No probe changes who owns the record or its shares, so each later one still asks the same question.
    for (const [flag, mutation] of Object.entries(spec.mutations)) {
      expect({ flag, succeeds: await succeeds(c, mutation, { id }) }).toEqual({ flag, succeeds: can[flag] });
    }
  });
});

const SCOPE = { none: 'NONE', own: 'OWN', team: 'TEAM', all: 'ALL' } as const;

describe('me.permissions', () => {
  it.each(permissionMatrix())('is the $role row of the permission table', async ({ role, permissions }) => {
    const cast = casts.get(role)!;
    const me = await cast.client.gqlOk<{ me: { permissions: { object: string; read: string; write: string }[] } }>('{ me { permissions { object read write } } }');
    expect(me.me.permissions).toEqual(permissions.map((p) => ({ object: p.object, read: SCOPE[p.read], write: SCOPE[p.write] })));
    // Someone else's grants are not told (null), only one's own.
    const other = await cast.client.gqlOk<{ user: { permissions: unknown } | null }>('query($id: ID!) { user(id: $id) { id permissions { object } } }', { id: cast.teammate.id });
    if (other.user) expect(other.user.permissions).toBeNull();
  });

  it('is narrowed by an API key’s scopes, and so are the records’ flags and the mutations', async () => {
    const admin = casts.get(Role.Admin)!;
    const key = await admin.client.gqlOk<{ createApiKey: { secret: string } }>('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }', { i: { name: 'Reader', scopes: ['sales:read'] } });
    const reader = admin.client.withApiKey(key.createApiKey.secret);
    const grants = (await reader.gqlOk<{ me: { permissions: { object: string; read: string; write: string }[] } }>('{ me { permissions { object read write } } }')).me.permissions;
    expect(grants.find((g) => g.object === 'account')).toEqual({ object: 'account', read: 'ALL', write: 'NONE' });
    expect(grants.find((g) => g.object === 'user')).toEqual({ object: 'user', read: 'NONE', write: 'NONE' });

    const id = await MAKE.account(ownerOf('own', admin));
    expect((await viewerCan(reader, 'account', id))['update']).toBe(false);
    expect(await succeeds(reader, UPDATE.account, { id })).toBe(false);
    expect((await viewerCan(admin.client, 'account', id))['update']).toBe(true);
  });
});
