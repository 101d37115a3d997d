import type fc from 'fast-check';
import request from 'supertest';
import { anonymous, answer, Answer, Caller, useFuzzApi, withApiKey } from './fuzz-callers';
import { graphqlOutcome, restProblem } from './fuzz-oracle';
import { fuzzOperation, FuzzLedger, fuzzSettings, timeShares, uncheckedInput } from './fuzz-run';
import { GraphQLCases, loadSchema, rootFields } from './graphql-cases';
import { OpenApiCases, OpenApiDocument, RestCase, RestOperation, restOperations } from './openapi-cases';
import { ValuePools } from './value-pools';

/**
 * Fuzzes every operation of the OpenAPI document the app serves (/api/docs-json): path and query
 * parameters and bodies generated from their schemas, plus bodies no schema allows, with a
 * session, an API key, no credentials or forged ones. Every answer must be a success or a client
 * error in problem+json with a stable code (HTML for a browser's form post); a body that isn't
 * even of the documented type must be refused. Prints the seed (FUZZ_SEED replays a run).
 */

const settings = fuzzSettings({ runsPerOperation: 400, seconds: 45 }, process.env);
const ledger = new FuzzLedger('rest', settings);
const pools = new ValuePools();
const schema = loadSchema();
const gql = new GraphQLCases(schema, pools);
let doc: OpenApiDocument;
let operations: RestOperation[];
let cases: OpenApiCases;
let admin: Caller;
let apiKey: Caller;

const { api, serverErrors, signInAdmin } = useFuzzApi();

beforeAll(async () => {
  const { app } = api;
  const fuzzAdmin = await signInAdmin('session');
  admin = fuzzAdmin.caller;
  const scopes = (await gqlPost({ query: '{ apiKeyScopes }' })).body.data.apiKeyScopes as string[];
  const created = await gqlPost({ query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }', variables: { input: { name: 'fuzz', scopes } } });
  apiKey = withApiKey('api-key', created.body.data.createApiKey.secret);
  pools.protect(fuzzAdmin.userId, created.body.data.createApiKey.apiKey.id);
  // Records of every kind (plausible GraphQL mutations), then real ids and cursors from every argument-less query.
  const fields = rootFields(schema, { 'Mutation.logout': "ends the fuzzer's session" });
  await gql.warmUp(fields, settings.seed, 3, async ({ query, variables, call }) => {
    const res = await gqlPost({ query, variables });
    ledger.outcome(`warm-up ${call.split('(')[0]}`, graphqlOutcome(res.status, res.body));
    pools.harvest(res.body.data);
  });
  for (const body of gql.primingRequests(fields)) pools.harvest((await gqlPost(body)).body.data);
  const res = await request(app.getHttpServer()).get('/api/docs-json');
  doc = res.body as OpenApiDocument;
  operations = restOperations(doc);
  // JSON-in-a-string parameters that take a GraphQL filter get values of the schema's filter types.
  const filters = new Map<number, fc.Arbitrary<unknown>>();
  cases = new OpenApiCases(doc, pools, (p, h) => {
    if (!/graphql/i.test(p.description ?? '') || !/filter/i.test(`${p.name} ${p.description}`)) return undefined;
    if (!filters.has(h)) filters.set(h, gql.anyFilter(h));
    return filters.get(h);
  });
  serverErrors.take();
  ledger.start();
});

afterAll(() => {
  console.log(ledger.finalLog());
});

function gqlPost(body: { query: string; variables?: object }) {
  return request(api.app.getHttpServer()).post('/graphql').set(admin.headers).send(body);
}

/** A request that takes this long is a hang, reported like a crash. */
const REQUEST_TIMEOUT_MS = 20_000;

function headersFor(c: RestCase): Record<string, string> {
  if (c.auth === 'session') return admin.headers;
  if (c.auth === 'api-key') return apiKey.headers;
  if (c.auth === 'garbage') return c.garbageAuth ?? {};
  return anonymous.headers;
}

async function send(c: RestCase): Promise<void> {
  const server = api.app.getHttpServer();
  let res: Answer;
  try {
    let req = request(server)[c.op.method as 'get' | 'post' | 'put' | 'patch' | 'delete'](c.url).set(headersFor(c)).timeout(REQUEST_TIMEOUT_MS);
    if (c.body?.multipart) {
      for (const [k, v] of c.body.multipart.fields) req = req.field(k, v);
      for (const f of c.body.multipart.files) req = req.attach(f.field, f.content, { filename: f.name, contentType: f.type });
    } else if (c.body?.data !== undefined) {
      if (c.body.contentType) req = req.set('Content-Type', c.body.contentType);
      req = req.send(c.body.data);
    }
    res = answer(await req);
  } catch (err) {
    if ((err as { timeout?: number }).timeout) {
      ledger.fail({ problem: `no answer within ${REQUEST_TIMEOUT_MS} ms`, operation: c.op.name, request: { auth: c.auth, method: c.op.method.toUpperCase(), url: c.url }, status: 0, response: null, serverLog: serverErrors.take() });
      return;
    }
    // The client refused to send it (e.g. a header value Node won't write): nothing to judge.
    ledger.outcome(c.op.name, `unsendable: ${String(err).slice(0, 60)}`);
    serverErrors.take();
    return;
  }
  ledger.requests++;
  const log = serverErrors.take();
  const form = c.body?.contentType === 'application/x-www-form-urlencoded';
  let problem = restProblem(res.status, res.contentType, res.body, form) ?? uncheckedInput(log);
  if (!problem && c.mustRefuse && res.status < 400) problem = `accepted ${c.mustRefuse} (HTTP ${res.status})`;
  const code = (res.body as { code?: string } | null)?.code;
  ledger.outcome(c.op.name, `${res.status}${typeof code === 'string' ? ` ${code}` : ''}`);
  if (problem) {
    const body = c.body?.multipart ? { multipart: { fields: c.body.multipart.fields, files: c.body.multipart.files.map((f) => ({ ...f, content: `${f.content.length} bytes: ${f.content.subarray(0, 60).toString('latin1')}` })) } } : c.body;
    ledger.fail({ problem, operation: c.op.name, request: { auth: c.auth, method: c.op.method.toUpperCase(), url: c.url, body }, status: res.status, response: res.body, serverLog: log });
  }
  if (res.status < 300 && res.body && typeof res.body === 'object') pools.harvest(res.body);
}

const TIMEOUT = settings.budgetMs + 120_000;

describe('REST fuzz', () => {
  it('reads the OpenAPI document, which lists the public web-to-lead endpoint', () => {
    expect(operations.map((o) => o.name)).toContain('POST /api/public/leads');
    expect(operations.length).toBeGreaterThan(5);
  });

  it('answers hostile parameters and bodies on every documented operation with success or a coded client error', async () => {
    const shares = timeShares(operations.map((o) => 1 + (o.operation.parameters?.length ?? 0) + (o.operation.requestBody ? 3 : 0)));
    for (let i = 0; i < operations.length; i++) {
      const op = operations[i];
      await fuzzOperation(ledger, op.name, { deadline: ledger.deadline(1), share: shares[i] }, cases.caseFor(op), send);
    }
    const found = ledger.failures();
    if (found.length) throw new Error(`${found.length} failure classes; replay with FUZZ_SEED=${settings.seed}\n\n${ledger.report()}`);
  }, TIMEOUT);
});
