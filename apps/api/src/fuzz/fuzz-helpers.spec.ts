import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { graphqlProblem, restProblem } from './fuzz-oracle';
import { fuzzSettings, timeShares } from './fuzz-run';
import { GraphQLCases, invalidDateTime, literal, rootFields, schemaViolation } from './graphql-cases';
import { hostileJson, tamperCursor } from './hostile-values';
import { encodeHostile } from './openapi-cases';
import { ValuePools } from './value-pools';

// The fuzz suite's own rules: if these drift, the suite stops finding what it claims to find.

const schema = buildSchema(`
  scalar DateTime
  scalar JSONObject
  enum Dir { ASC DESC }
  input ThingFilter { name: String, at: DateTime, and: [ThingFilter!] }
  input CreateThingInput { name: String!, ownerId: ID, meta: JSONObject }
  type Thing { id: ID!, name: String!, owner: Thing }
  type ThingEdge { cursor: String!, node: Thing! }
  type ThingConnection { totalCount: Int!, edges: [ThingEdge!]!, pageInfo: PageInfo! }
  type PageInfo { endCursor: String, hasNextPage: Boolean! }
  type Payload { thing: Thing }
  type Query { things(after: String, filter: ThingFilter, dir: Dir, first: Int = 20): ThingConnection!, thing(id: ID!): Thing }
  type Mutation { createThing(input: CreateThingInput!): Payload!, logout: Boolean! }
`);

describe('fuzz oracle', () => {
  it('flags 5xx, INTERNAL, missing and unknown codes, and accepts coded client errors', () => {
    expect(graphqlProblem(500, { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] })).toBe('HTTP 500 with BAD_USER_INPUT');
    expect(graphqlProblem(200, { data: null, errors: [{ extensions: { code: 'INTERNAL' } }] })).toBe('extensions.code INTERNAL');
    expect(graphqlProblem(200, { errors: [{ message: 'x' }] })).toBe('unstable extensions.code no code');
    expect(graphqlProblem(200, { errors: [{ extensions: { code: 'SOMETHING_NEW' } }] })).toBe('unstable extensions.code SOMETHING_NEW');
    expect(graphqlProblem(400, { errors: [{ extensions: { code: 'VALIDATION_FAILED' } }] })).toBeNull();
    expect(graphqlProblem(413, { code: 'VALIDATION_FAILED' })).toBeNull();
    expect(graphqlProblem(200, { data: { me: null } })).toBeNull();
  });

  it('wants problem+json with a stable code from REST, HTML only for form posts', () => {
    expect(restProblem(500, 'application/problem+json', { code: 'INTERNAL' }, false)).toBe('HTTP 500 with INTERNAL');
    expect(restProblem(400, 'application/json', { message: 'x' }, false)).toBe('HTTP 400 as application/json, not problem+json');
    expect(restProblem(400, 'application/problem+json; charset=utf-8', { code: 'VALIDATION_FAILED' }, false)).toBeNull();
    expect(restProblem(400, 'text/html', '<p>fix</p>', true)).toBeNull();
    expect(restProblem(400, 'text/html', '<p>fix</p>', false)).toBe('HTTP 400 as text/html, not problem+json');
    expect(restProblem(201, 'application/json', {}, false)).toBeNull();
  });

  it('knows an ISO date-time from things that only look like one', () => {
    for (const bad of [true, 0, '2026-13-45', '2026-02-30', '2026-01-01T25:00:00Z', 'yesterday', '275760-09-13T00:00:00.001Z']) expect(invalidDateTime(bad)).toBe(true);
    for (const good of ['2026-02-28', '2024-02-29T23:59:59.999Z', '2026-01-01T09:00:00+08:00']) expect(invalidDateTime(good)).toBe(false);
  });

  it('finds an invalid date-time inside nested input of a case', () => {
    const root = rootFields(schema, {}).find((f) => f.name === 'Query.things')!;
    const filter = root.field.args.find((a) => a.name === 'filter')!;
    const c = { root, args: [{ name: 'filter', type: filter.type, value: { and: [{ at: true }] }, mode: 'variable' as const }] };
    expect(schemaViolation(schema, c)).toBe('filter.and.0.at = true');
  });
});

describe('fuzz generators', () => {
  it('covers every root field but the excluded ones, with a selection generated from the return type', () => {
    const cases = new GraphQLCases(schema, new ValuePools());
    const fields = rootFields(schema, { 'Mutation.logout': 'ends the session' });
    expect(fields.map((f) => f.name)).toEqual(['Query.things', 'Query.thing', 'Mutation.createThing']);
    const things = cases.toRequest({ root: fields[0], args: [] });
    expect(things.query).toBe('query Fuzz { things { __typename totalCount edges { cursor node { __typename id } } pageInfo { endCursor hasNextPage } } }');
    const create = cases.toRequest({ root: fields[2], args: [] });
    expect(create.query).toContain('thing { __typename id name }');
  });

  it('writes inline literals GraphQL can parse, and falls back to variables when it cannot', () => {
    const filter = schema.getQueryType()!.getFields()['things'].args.find((a) => a.name === 'filter')!.type;
    expect(literal({ name: 'a"\u0000', and: [{ name: null }] }, filter)).toBe('{name: "a\\"\\u0000", and: [{name: null}]}');
    expect(literal({ 'not a name': 1 }, filter)).toBeUndefined();
    expect(literal(Number.NaN, filter)).toBeUndefined();
    expect(literal('DESC', schema.getQueryType()!.getFields()['things'].args.find((a) => a.name === 'dir')!.type)).toBe('DESC');
  });

  it('generates every argument of a field, sometimes inline, for any seed', () => {
    const pools = new ValuePools();
    pools.harvest({ things: { __typename: 'ThingConnection', edges: [{ cursor: 'abc', node: { __typename: 'Thing', id: '01890000-0000-7000-8000-000000000001' } }] } });
    const cases = new GraphQLCases(schema, pools);
    const root = rootFields(schema, {}).find((f) => f.name === 'Query.things')!;
    const sample = fc.sample(cases.caseFor(root), { seed: 7, numRuns: 200 });
    const names = new Set(sample.flatMap((c) => c.args.map((a) => a.name)));
    expect([...names].sort()).toEqual(['after', 'dir', 'filter', 'first']);
    expect(sample.some((c) => c.args.some((a) => a.mode === 'inline'))).toBe(true);
    expect(sample.some((c) => c.args.some((a) => a.name === 'after' && a.value === 'abc'))).toBe(true);
  });

  it('puts __proto__ in JSON as an own key, where a server would see it', () => {
    const values = fc.sample(hostileJson(6), { seed: 1, numRuns: 300 });
    const withProto = values.filter((v) => v && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, '__proto__'));
    expect(withProto.length).toBeGreaterThan(0);
    expect(JSON.stringify(withProto[0])).toContain('"__proto__"');
  });

  it('tampers with a JSON cursor by replacing one leaf and keeps other cursors almost intact', () => {
    const cursor = Buffer.from(JSON.stringify({ v: ['Acme', 5], id: 'x' })).toString('base64url');
    expect(JSON.parse(Buffer.from(tamperCursor(cursor, 1e308, 1), 'base64url').toString())).toEqual({ v: ['Acme', 1e308], id: 'x' });
    expect(tamperCursor('opaque', null, 0)).toBe('Apaque');
  });

  it('percent-encodes lone surrogates as the bytes a hostile client sends, where encodeURIComponent throws', () => {
    expect(() => encodeURIComponent('\uD800')).toThrow();
    expect(encodeHostile('a\uD800/\u0000')).toBe('a%ED%A0%80%2F%00');
  });

  it('shares the time left by weight, each operation of what remains', () => {
    expect(timeShares([1, 1, 2])).toEqual([0.25, 1 / 3, 1]);
  });
});

describe('fuzz settings', () => {
  const defaults = { runsPerOperation: 40, seconds: 60 };
  it('replays a given seed with the given bounds, and takes the defaults otherwise', () => {
    expect(fuzzSettings(defaults, { FUZZ_SEED: '563837209', FUZZ_RUNS: '5', FUZZ_SECONDS: '2', FUZZ_VERBOSE: '1' })).toEqual({ seed: 563837209, runsPerOperation: 5, budgetMs: 2000, verbose: true });
    const fresh = fuzzSettings(defaults, {});
    expect([Number.isInteger(fresh.seed), fresh.runsPerOperation, fresh.budgetMs, fresh.verbose]).toEqual([true, 40, 60_000, false]);
  });

  it('refuses a knob that is not a number, naming it', () => {
    expect(() => fuzzSettings(defaults, { FUZZ_SEED: '1.5' })).toThrow('FUZZ_SEED must be an integer, got 1.5');
    expect(() => fuzzSettings(defaults, { FUZZ_SECONDS: 'soon' })).toThrow('FUZZ_SECONDS must be a positive number, got soon');
    expect(fuzzSettings(defaults, { FUZZ_SECONDS: '1.5' }).budgetMs).toBe(1500);
  });
});
