import { Role } from '@rapport/shared-domain';
import { ApiClient } from '@rapport/shared-testing';
import { encodeCursor } from '@rapport/shared-util';
import { useTestApi } from './testing/test-api';

/**
 * The input hygiene layer over HTTP, as an integrator or an attacker would meet it: request errors
 * are 400, and a NUL, a lone surrogate, a `__proto__` key, a foreign cursor, an out-of-range number
 * or a non-date where a date belongs is a 4xx naming the field, in GraphQL and REST alike.
 */
const api = useTestApi({ PUBLIC_LEAD_RATE_LIMIT: '5000' });

const NUL = 'must not contain the NUL character (U+0000)';
const SURROGATE = 'must be valid Unicode text (it contains an unpaired UTF-16 surrogate)';
const RESERVED = 'is a reserved name and cannot be used as a key';
const NOT_A_DATE = 'must be an ISO 8601 date-time, e.g. 2024-05-01T09:00:00Z';
const FLOAT_RANGE = 'must be between -9007199254740991 and 9007199254740991';
const INT4_RANGE = 'must be a whole number between -2147483648 and 2147483647';

/** The key and params each message carries for clients that translate it (libs/shared/errors/src/messages.ts). */
const KEYS: Record<string, { messageKey: string; params?: Record<string, string | number> }> = {
  [NUL]: { messageKey: 'validation.nul' },
  [SURROGATE]: { messageKey: 'validation.surrogate' },
  [RESERVED]: { messageKey: 'validation.reservedKey' },
  [NOT_A_DATE]: { messageKey: 'validation.dateTime' },
  [FLOAT_RANGE]: { messageKey: 'validation.floatRange', params: { max: 9007199254740991 } },
  [INT4_RANGE]: { messageKey: 'validation.integerRange', params: { min: -2147483648, max: 2147483647 } },
  'must be between 0 and 100': { messageKey: 'validation.pageSize', params: { max: 100 } },
  'is not a valid cursor': { messageKey: 'validation.invalidCursor' },
};
const field = (path: string, message: string) => ({ path, message, ...KEYS[message] });
// The filter compiler says "The filter is not valid." (errors.filterInvalid); the API edge "The input is not valid.".
const FILTER_INVALID = 'errors.filterInvalid';
const invalidInput = (path: string, message: string, messageKey = 'errors.validationFailed') => ({ code: 'VALIDATION_FAILED', messageKey, fields: [field(path, message)] });

let rep: ApiClient;
beforeAll(async () => {
  const team = await api.ctx.newTeam();
  const user = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
  rep = await api.signedIn(user.email);
  for (const [lastName, score] of [['Ada', 10], ['Bo', 20], ['Cy', 30]] as const) {
    const { createLead } = await rep.gqlOk<{ createLead: { lead: { id: string } } }>(CREATE_LEAD, { input: { source: 'WEB', lastName, company: `${lastName} Ltd` } });
    await api.ctx.ds.query(`UPDATE lead SET score = $2 WHERE id = $1`, [createLead.lead.id, score]);
  }
});

const CREATE_LEAD = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }';
const LEADS = 'query($f: LeadFilter, $first: Int, $after: String, $order: [LeadOrderBy!]) { leads(filter: $f, first: $first, after: $after, orderBy: $order) { totalCount edges { node { lastName } } pageInfo { endCursor } } }';
const post = (body: object) => rep.post('/graphql').send(body);
const leadCount = async () => (await api.ctx.ds.query(`SELECT count(*)::int AS n FROM lead`))[0].n as number;
const exportLeads = (filter: string) => rep.get(`/api/v1/export/leads.csv?filter=${encodeURIComponent(filter)}`);

/** A GraphQL request error: HTTP 400, no data, VALIDATION_FAILED naming exactly this field. */
function expectRequestFieldError(res: { status: number; body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } }, path: string, message: string) {
  expect(res.status).toBe(400);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors?.[0].extensions).toEqual(invalidInput(path, message));
}

/** A REST problem+json 400 naming exactly this field. */
function expectProblem(res: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, path: string, message: string, messageKey = 'errors.validationFailed') {
  expect(res.status).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', messageKey, status: 400 });
  expect(res.body.errors).toEqual([field(path, message)]);
}

describe('GraphQL request errors', () => {
  it('answer HTTP 400, not 500: bad or missing variables, an unknown operation name, an unparsable document', async () => {
    const badVariable = await post({ query: 'query($first: Int) { leads(first: $first) { totalCount } }', variables: { first: 'ten' } });
    expect([badVariable.status, badVariable.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const missing = await post({ query: 'query($id: ID!) { lead(id: $id) { id } }' });
    expect([missing.status, missing.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const unknownOperation = await post({ query: '{ me { id } }', operationName: 'Other' });
    expect([unknownOperation.status, unknownOperation.body.errors[0].extensions.code]).toEqual([400, 'OPERATION_RESOLUTION_FAILURE']);
    const unparsable = await post({ query: '{ me { id ' });
    expect([unparsable.status, unparsable.body.errors[0].extensions.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    for (const res of [badVariable, missing, unknownOperation, unparsable]) expect(res.body.data).toBeUndefined();
  });

  it('leave errors raised while resolving at HTTP 200 with data, as before', async () => {
    const res = await post({ query: LEADS, variables: { first: -1 } });
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors[0].extensions).toEqual(invalidInput('first', 'must be between 0 and 100'));
  });
});

describe('NUL characters and lone surrogates', () => {
  it('are refused in GraphQL variables (create inputs, filters, search) with the field path, storing nothing', async () => {
    const before = await leadCount();
    expectRequestFieldError(await post({ query: CREATE_LEAD, variables: { input: { source: 'WEB', lastName: 'Wang\u0000' } } }), 'input.lastName', NUL);
    expectRequestFieldError(await post({ query: CREATE_LEAD, variables: { input: { source: 'WEB', lastName: 'Wang', company: 'x\uD800' } } }), 'input.company', SURROGATE);
    expectRequestFieldError(await post({ query: LEADS, variables: { f: { and: [{ company: { contains: '\uDC00' } }] } } }), 'filter.and.0.company.contains', SURROGATE);
    expectRequestFieldError(await post({ query: 'query($q: String!) { search(query: $q) { id } }', variables: { q: 'a\u0000' } }), 'query', NUL);
    expect(await leadCount()).toBe(before);
  });

  it('are refused in string literals written into the document', async () => {
    expectRequestFieldError(await post({ query: '{ leads(filter: { lastName: { contains: "\\u0000" } }) { totalCount } }' }), 'filter.lastName.contains', NUL);
    expectRequestFieldError(await post({ query: `mutation { createLead(input: { source: WEB, lastName: "a\u0000b" }) { lead { id } } }` }), 'input.lastName', NUL);
    expectRequestFieldError(await post({ query: 'query($f: LeadFilter = { lastName: { eq: "\\u0000" } }) { leads(filter: $f) { totalCount } }' }), 'filter.lastName.eq', NUL);
  });

  it('are refused in REST query parameters, JSON and form bodies (the public web-to-lead form included)', async () => {
    const before = await leadCount();
    expectProblem(await rep.get('/api/v1/users?q=%00'), 'query.q', NUL);
    expectProblem(await api.anon().post('/api/public/leads').send({ lastName: 'Lovelace\u0000' }), 'lastName', NUL);
    expectProblem(await api.anon().post('/api/public/leads').set('Content-Type', 'application/json').send('{"lastName":"L","message":"\\ud83d"}'), 'message', SURROGATE);
    expectProblem(await api.anon().post('/api/public/leads').type('form').send('lastName=a%00b'), 'lastName', NUL);
    expectProblem(await exportLeads('{"lastName":{"contains":"\\u0000"}}'), 'filter.lastName.contains', NUL, FILTER_INVALID);
    expect(await leadCount()).toBe(before);
  });

  it('leave every script and paired surrogates (emoji) alone', async () => {
    const name = '王敏 Ängström 😀';
    await rep.gqlOk(CREATE_LEAD, { input: { source: 'WEB', lastName: name } });
    const found = await rep.gqlOk<{ leads: { edges: { node: { lastName: string } }[] } }>(LEADS, { f: { lastName: { contains: '😀' } } });
    expect(found.leads.edges.map((e) => e.node.lastName)).toEqual([name]);
    const publicLead = await api.anon().post('/api/public/leads').send({ lastName: '林 🙂', company: '繁體' });
    expect(publicLead.status).toBe(201);
  });
});

describe('reserved keys (__proto__, constructor, prototype)', () => {
  it('are refused in the CSV export filter and in JSON bodies, with the key in the path', async () => {
    expectProblem(await exportLeads('{"__proto__":{"eq":"x"}}'), 'filter.__proto__', RESERVED, FILTER_INVALID);
    expectProblem(await exportLeads('{"or":[{"constructor":{"eq":1}}]}'), 'filter.or.0.constructor', RESERVED, FILTER_INVALID);
    const body = await api.anon().post('/api/public/leads').set('Content-Type', 'application/json').send('{"lastName":"L","__proto__":{"isAdmin":true}}');
    expectProblem(body, '__proto__', RESERVED);
  });

  it('are refused in GraphQL JSON values and input objects', async () => {
    expectRequestFieldError(await post({ query: CREATE_LEAD, variables: { input: { source: 'WEB', lastName: 'L', customFields: { constructor: 'x' } } } }), 'input.customFields.constructor', RESERVED);
    const proto = await rep.post('/graphql').set('Content-Type', 'application/json').send(`{"query":${JSON.stringify(LEADS)},"variables":{"f":{"__proto__":{"eq":"x"}}}}`);
    expectRequestFieldError(proto, 'filter.__proto__', RESERVED);
    expectRequestFieldError(await post({ query: 'mutation { createLead(input: { source: WEB, lastName: "L", customFields: { prototype: 1 } }) { lead { id } } }' }), 'input.customFields.prototype', RESERVED);
  });
});

describe('cursors', () => {
  it('page as before under each order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { leads: { edges: { node: { lastName: string } }[]; pageInfo: { endCursor: string | null } } } = await rep.gqlOk(LEADS, { first: 2, after, order: [{ field: 'SCORE', direction: 'DESC' }], f: { score: { gte: 10 } } });
      seen.push(...page.leads.edges.map((e) => e.node.lastName));
      after = page.leads.edges.length === 2 ? page.leads.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['Cy', 'Bo', 'Ada']);
  });

  it('are refused under another order, from another list, or forged, with the path `after`', async () => {
    const byCreated = await rep.gqlOk<{ leads: { pageInfo: { endCursor: string } } }>(LEADS, { first: 1 });
    const cursor = byCreated.leads.pageInfo.endCursor;
    const invalid = invalidInput('after', 'is not a valid cursor');
    const otherOrder = await post({ query: LEADS, variables: { first: 1, after: cursor, order: [{ field: 'SCORE', direction: 'ASC' }] } });
    expect([otherOrder.status, otherOrder.body.errors?.[0].extensions]).toEqual([200, invalid]);
    const otherList = await post({ query: 'query($a: String) { accounts(first: 1, after: $a) { totalCount } }', variables: { a: cursor } });
    expect(otherList.body.errors?.[0].extensions).toEqual(invalid);
    const unsigned = await post({ query: LEADS, variables: { first: 1, after: encodeCursor(['yesterday', 'not-a-uuid']) } });
    expect(unsigned.body.errors?.[0].extensions).toEqual(invalid);
    const rest = await rep.get(`/api/v1/users?cursor=${cursor}`);
    expect(rest.status).toBe(400);
    expect(rest.body.errors).toEqual(invalid.fields);
  });
});

describe('numbers and dates in filters and arguments', () => {
  it('keep filter operands within the column type (score is int4)', async () => {
    const scoreError = (gte: number) => post({ query: LEADS, variables: { f: { score: { gte } } } });
    // Beyond any exact JavaScript number: refused at the edge, like every Float input.
    expectRequestFieldError(await scoreError(9007199254740992), 'filter.score.gte', FLOAT_RANGE);
    // A valid Float, but not an int4: refused by the filter compiler, which knows the column.
    for (const gte of [2 ** 31, 1.5]) {
      const res = await scoreError(gte);
      expect([res.status, res.body.errors?.[0].extensions]).toEqual([200, invalidInput('filter.score.gte', INT4_RANGE, FILTER_INVALID)]);
    }
    expectProblem(await exportLeads('{"score":{"lt":1e300}}'), 'filter.score.lt', INT4_RANGE, FILTER_INVALID);
    const ok = await rep.gqlOk<{ leads: { totalCount: number } }>(LEADS, { f: { score: { gte: 20, lte: 2 ** 31 - 1 } } });
    expect(ok.leads.totalCount).toBe(2);
  });

  it('keep Float inputs within what a JavaScript number holds exactly (an amount of 1e17 overflowed numeric(18,2))', async () => {
    const { createAccount } = await rep.gqlOk<{ createAccount: { account: { id: string } } }>('mutation { createAccount(input: { name: "Float Ltd" }) { account { id } } }');
    const { pipelines } = await rep.gqlOk<{ pipelines: { id: string }[] }>('{ pipelines { id } }');
    const create = 'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }';
    const input = { name: 'Big', accountId: createAccount.account.id, pipelineId: pipelines[0].id };
    expectRequestFieldError(await post({ query: create, variables: { input: { ...input, amount: 1e17 } } }), 'input.amount', FLOAT_RANGE);
    await rep.gqlOk(create, { input: { ...input, amount: 1e15 } });
  });

  it('take only ISO 8601 date-times where a DateTime belongs, in variables, literals, REST filters and inputs', async () => {
    for (const gte of [true, 12, '1', 'tomorrow']) expectRequestFieldError(await post({ query: LEADS, variables: { f: { createdAt: { gte } } } }), 'filter.createdAt.gte', NOT_A_DATE);
    expectRequestFieldError(await post({ query: '{ leads(filter: { updatedAt: { lt: "1" } }) { totalCount } }' }), 'filter.updatedAt.lt', NOT_A_DATE);
    expectRequestFieldError(await post({ query: '{ leads(filter: { updatedAt: { lt: 5 } }) { totalCount } }' }), 'filter.updatedAt.lt', NOT_A_DATE);
    expectProblem(await exportLeads('{"createdAt":{"gte":"+275760-09-13T00:00:00Z"}}'), 'filter.createdAt.gte', NOT_A_DATE, FILTER_INVALID);
    const activity = 'mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id } } }';
    expectRequestFieldError(await post({ query: activity, variables: { i: { type: 'CALL', subject: 'Call', dueAt: true } } }), 'input.dueAt', NOT_A_DATE);
    const ok = await rep.gqlOk<{ leads: { totalCount: number } }>(LEADS, { f: { createdAt: { gte: '2000-01-01', lt: '9999-01-01T00:00:00Z' } } });
    expect(ok.leads.totalCount).toBeGreaterThanOrEqual(3);
  });

  it('refuse a page size that is negative, too large or not whole', async () => {
    const negative = await post({ query: LEADS, variables: { first: -1 } });
    expect(negative.body.errors[0].extensions.fields).toEqual([field('first', 'must be between 0 and 100')]);
    const tooLarge = await post({ query: LEADS, variables: { first: 101 } });
    expect(tooLarge.body.errors[0].extensions.fields).toEqual([field('first', 'must be between 0 and 100')]);
    for (const first of [1.5, 2 ** 40]) {
      const res = await post({ query: LEADS, variables: { first } });
      expect([res.status, res.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    }
  });
});

describe('introspection', () => {
  it('is on outside production', async () => {
    const res = await post({ query: '{ __schema { queryType { name } } }' });
    expect(res.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
