import fc from 'fast-check';
import request from 'supertest';
import { DEMO_PASSWORD } from '../seed/demo-seed';
import { answer, Caller, signIn, useFuzzApi, withApiKey } from './fuzz-callers';
import { graphqlAccepted, graphqlOutcome, graphqlProblem } from './fuzz-oracle';
import { fuzzOperation, FuzzLedger, fuzzSettings, hashString, timeShares, uncheckedInput } from './fuzz-run';
import { GqlCase, GraphQLCases, loadSchema, rootFields, RootField, schemaViolation } from './graphql-cases';
import { hostileJson, hostileString, wrongType } from './hostile-values';
import { encodeHostile } from './openapi-cases';
import { ValuePools } from './value-pools';

/**
 * Fuzzes every query and mutation in schema.gql with generated arguments — plausible values mixed
 * with hostile strings, numbers, dates, ids, cursors and JSON — and asserts that each answer is
 * data or a client error with a stable code: never HTTP 5xx, never INTERNAL. Bounded by runs per
 * operation and by time; prints the seed (FUZZ_SEED replays a run) and how much it tried.
 */

/**
 * Operations that would lock the fuzzer out of its own session. The fuzzer's users and API key
 * are also kept out of the id pools (ValuePools.protect), so updateUser, revokeApiKey or
 * transferOwnership never receive their ids; everything else is fuzzed.
 */
const EXCLUDED: Record<string, string> = {
  'Mutation.logout': "ends the fuzzer's own session; every later case would be UNAUTHENTICATED",
};

const settings = fuzzSettings({ runsPerOperation: 40, seconds: 60 }, process.env);
const ledger = new FuzzLedger('graphql', settings);
const pools = new ValuePools();
const schema = loadSchema();
const cases = new GraphQLCases(schema, pools);
const fields = rootFields(schema, EXCLUDED);
let admin: Caller;
let rep: Caller;
let apiKey: Caller;

const { api, serverErrors, signInAdmin } = useFuzzApi();

beforeAll(async () => {
  const { app, ctx } = api;
  const fuzzAdmin = await signInAdmin('admin');
  admin = fuzzAdmin.caller;
  rep = await signIn(app, 'rep', 'rep1@rapport.dev', DEMO_PASSWORD);
  const [manager] = await ctx.ds.query(`SELECT id FROM app_user WHERE email = 'manager@rapport.dev'`);
  const [repUser] = await ctx.ds.query(`SELECT id FROM app_user WHERE email = 'rep1@rapport.dev'`);
  const scopes = (await post(admin, { query: '{ apiKeyScopes }' })).body as { data: { apiKeyScopes: string[] } };
  const created = await post(admin, {
    query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
    variables: { input: { name: 'fuzz', scopes: scopes.data.apiKeyScopes, actsAsUserId: manager.id } },
  });
  const key = (created.body as { data: { createApiKey: { secret: string; apiKey: { id: string } } } }).data.createApiKey;
  apiKey = withApiKey('api-key', key.secret);
  pools.protect(fuzzAdmin.userId, repUser.id, manager.id, key.apiKey.id);
  await prime();
  ledger.start();
});

afterAll(() => {
  console.log(ledger.finalLog());
});

/** A request that takes this long is a hang, reported like a crash ("request failed: … timeout"). */
const REQUEST_TIMEOUT_MS = 20_000;

function post(who: Caller, body: unknown) {
  return request(api.app.getHttpServer()).post('/graphql').set(who.headers).timeout(REQUEST_TIMEOUT_MS).send(body as object);
}

/** Real ids and cursors for the pools, before any hostile input: plausible mutations, then every argument-less query. */
async function prime() {
  const sendAsAdmin = async ({ query, variables }: { query: string; variables: object }) => {
    const res = await post(admin, { query, variables });
    serverErrors.take();
    pools.harvest((res.body as { data?: unknown }).data);
  };
  await cases.warmUp(fields, settings.seed, 3, sendAsAdmin);
  for (const req of cases.primingRequests(fields)) await sendAsAdmin(req);
}

async function send(who: Caller, c: GqlCase): Promise<void> {
  const req = cases.toRequest(c);
  let res;
  try {
    res = answer(await post(who, { query: req.query, variables: req.variables }));
  } catch (err) {
    res = { status: 0, body: String(err), contentType: undefined, text: '' };
  }
  ledger.requests++;
  const log = serverErrors.take();
  let problem = res.status === 0 ? `request failed: ${String(res.body)}` : (graphqlProblem(res.status, res.body) ?? uncheckedInput(log));
  if (!problem && graphqlAccepted(res.status, res.body)) {
    const invalid = schemaViolation(schema, c);
    if (invalid) problem = `accepted an invalid DateTime (${invalid.replace(/ = .*/, '')})`;
  }
  ledger.outcome(`${who.label} ${c.root.name}`, graphqlOutcome(res.status, res.body));
  if (problem) ledger.fail({ problem, operation: `${who.label} ${c.root.name}`, request: { call: req.call, variables: req.variables, query: req.query }, status: res.status, response: res.body, serverLog: log });
  pools.harvest((res.body as { data?: unknown } | null)?.data);
}

/** A seeded sample of the operations, for the other callers: the budget goes mostly to the admin. */
function sample(list: RootField[], share: number, salt: number): RootField[] {
  return list.filter((f) => ((hashString(f.name) ^ settings.seed ^ salt) >>> 0) % 100 < share * 100);
}

/**
 * Fuzzes each operation in turn. Operations with more input get more of the time; one without
 * arguments has nothing to fuzz but still runs twice (a selection can break too).
 */
async function fuzzAs(who: Caller, list: RootField[], deadline: number, numRuns?: number) {
  const shares = timeShares(list.map((f) => (f.field.args.length ? 2 + f.field.args.length : 0.2)));
  for (let i = 0; i < list.length; i++) {
    const root = list[i];
    const runs = root.field.args.length ? numRuns : 2;
    await fuzzOperation(ledger, `${who.label} ${root.name}`, { deadline, share: shares[i], numRuns: runs }, cases.caseFor(root), (c) => send(who, c));
  }
}

function expectNoFailures(prefix: string) {
  const found = ledger.failures(prefix);
  if (found.length) throw new Error(`${found.length} failure classes; replay with FUZZ_SEED=${settings.seed}\n\n${ledger.report(prefix)}`);
}

const TIMEOUT = settings.budgetMs + 120_000;

describe('GraphQL fuzz', () => {
  it('answers hostile arguments to every query and mutation with data or a coded client error (admin)', async () => {
    expect(fields.length).toBeGreaterThan(50);
    await fuzzAs(admin, fields, ledger.deadline(0.7));
    expectNoFailures('admin ');
  }, TIMEOUT);

  it('does the same for a sales rep and an API key, on a sample of the operations', async () => {
    await fuzzAs(rep, sample(fields, 0.35, 1), ledger.deadline(0.85), 15);
    await fuzzAs(apiKey, sample(fields, 0.35, 2), ledger.deadline(0.97), 15);
    expectNoFailures('rep ');
    expectNoFailures('api-key ');
  }, TIMEOUT);

  it('answers malformed GraphQL requests (bad variables, unknown operation, wrong envelope) with 4xx and a code', async () => {
    await fuzzOperation(ledger, 'envelope /graphql', { deadline: ledger.deadline(1.1), share: 1, numRuns: 200 }, envelope(), async (e) => {
      let res;
      try {
        const server = api.app.getHttpServer();
        // GET carries the request in the query string; Apollo wants a preflight header for it (CSRF).
        const req = e.get !== undefined ? request(server).get(`/graphql?${e.get}`).set(admin.headers).set(e.contentType ? { 'apollo-require-preflight': '1' } : {}) : request(server).post('/graphql').set(admin.headers).set('Content-Type', e.contentType).send(e.body);
        res = answer(await req.timeout(REQUEST_TIMEOUT_MS));
      } catch (err) {
        res = { status: 0, body: String(err), contentType: undefined, text: '' };
      }
      ledger.requests++;
      const log = serverErrors.take();
      const problem = res.status === 0 ? `request failed: ${String(res.body)}` : (graphqlProblem(res.status, res.body) ?? uncheckedInput(log));
      ledger.outcome('envelope /graphql', graphqlOutcome(res.status, res.body));
      if (problem) ledger.fail({ problem, operation: 'envelope /graphql', request: e, status: res.status, response: res.body, serverLog: log });
    });
    expectNoFailures('envelope ');
  }, TIMEOUT);
});

/**
 * Whole requests that are wrong before any resolver runs: a body that isn't a GraphQL request,
 * variables that don't match their declaration, an operationName that doesn't exist, batches,
 * absurd nesting. Built from generic GraphQL, so it needs no knowledge of the schema.
 */
function envelope(): fc.Arbitrary<{ contentType: string; body: string | object; get?: string }> {
  const queries = fc.constantFrom(
    '{ __typename }',
    'query A { __typename } query B { __typename }',
    // Variables must be used, or validation refuses the document before coercing them.
    'query($x: String!) { __type(name: $x) { name } }',
    'query($x: Boolean!) { __typename @include(if: $x) }',
    'query($x: [String!]) { __type(name: $x) { name } }',
    'query($x: Int!) { __type(name: $x) { name } }',
    'query Q { me { id } }',
    'mutation { __typename }',
    'subscription { __typename }',
    '{ __schema { queryType { name } } }',
    `{ ${'a: __typename '.repeat(2000)} }`,
    `${'{ me '.repeat(60)}${'}'.repeat(60)}`,
    '{ me { ...F } } fragment F on User { ...F }',
    '{ me',
    '',
  );
  const graphqlBody = fc.record(
    {
      query: fc.oneof({ weight: 6, arbitrary: queries }, { weight: 1, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType }),
      variables: fc.oneof(fc.constantFrom<unknown>({ x: 1 }, { x: 'Query' }, { x: 'yes' }, { x: 2 ** 31 }, { x: [null] }, { x: null }, {}), hostileJson(4).map((x) => ({ x })), hostileJson(4), wrongType),
      operationName: fc.oneof(fc.constantFrom('A', 'B', 'Q', 'Nope', ''), hostileString, wrongType),
      extensions: fc.oneof(fc.constant({ persistedQuery: { version: 1, sha256Hash: 'abc' } }), hostileJson(3)),
    },
    { requiredKeys: [] },
  );
  const asQueryString = (body: Record<string, unknown>) =>
    Object.entries(body)
      .map(([k, v]) => `${k}=${encodeHostile(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))}`)
      .join('&');
  return fc.oneof(
    { weight: 8, arbitrary: graphqlBody.map((body) => ({ contentType: 'application/json', body: JSON.stringify(body) })) },
    { weight: 2, arbitrary: fc.tuple(graphqlBody, fc.boolean()).map(([body, preflight]) => ({ contentType: preflight ? 'preflight' : '', body: '', get: asQueryString(body) })) },
    { weight: 1, arbitrary: fc.array(graphqlBody, { maxLength: 3 }).map((list) => ({ contentType: 'application/json', body: JSON.stringify(list) })) },
    {
      weight: 2,
      arbitrary: fc.record({
        contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/graphql', 'application/json; charset=utf-16', 'multipart/form-data; boundary=x'),
        body: fc.oneof(fc.constantFrom('', 'null', '[]', '"x"', '1', '{', '{"query":', '{"query":"{ __typename }"}', 'query=%7B__typename%7D', '\u0000'), hostileString, hostileJson(4).map((j) => JSON.stringify(j) ?? 'null')),
      }),
    },
  );
}
