import { buildSchema, getOperationAST, parse } from 'graphql';
import { findBadGraphQLInput, inputHygieneMiddleware } from './input-hygiene';

const schema = buildSchema(`
  scalar DateTime
  scalar JSONObject
  input Range { gte: DateTime, lt: DateTime }
  input Filter { name: String, at: Range, and: [Filter!], tags: [String!] }
  input Input { lastName: String!, dueAt: DateTime, customFields: JSONObject }
  type Query { list(filter: Filter, first: Int): Int, search(query: String!): Int, near(amount: Float): Int }
  type Mutation { create(input: Input!): Int }
`);

function check(source: string, variables?: Record<string, unknown>) {
  const document = parse(source);
  return findBadGraphQLInput(schema, document, getOperationAST(document) ?? undefined, variables);
}

describe('findBadGraphQLInput', () => {
  it('passes clean operations', () => {
    expect(check('query($f: Filter) { list(filter: $f, first: 5) }', { f: { name: '王 😀', at: { gte: '2024-01-01T00:00:00Z' }, tags: ['a'] } })).toBeNull();
    expect(check('{ list(filter: { and: [{ name: "x" }], at: { lt: "2024-05-01" } }) }')).toBeNull();
  });

  it('reports a variable under the path where it is used, whatever its name', () => {
    expect(check('mutation($lead: Input!) { create(input: $lead) }', { lead: { lastName: 'a\u0000' } })).toEqual({ path: 'input.lastName', message: expect.stringContaining('NUL') });
    expect(check('query($n: String) { list(filter: { and: [{ name: $n }] }) }', { n: '\uD800' })).toEqual({ path: 'filter.and.0.name', message: expect.stringContaining('surrogate') });
    // Unused variables are reported by their own name.
    expect(check('query($x: String) { list }', { x: '\u0000' })?.path).toBe('x');
  });

  it('checks literals, object keys and variable defaults', () => {
    expect(check('{ search(query: "\\u0000") }')?.path).toBe('query');
    expect(check('{ list(filter: { tags: ["ok", "\\u0000"] }) }')?.path).toBe('filter.tags.1');
    expect(check('mutation { create(input: { lastName: "x", customFields: { constructor: 1 } }) }')).toEqual({ path: 'input.customFields.constructor', message: expect.stringContaining('reserved') });
    expect(check('query($f: Filter = { name: "\\u0000" }) { list(filter: $f) }')?.path).toBe('filter.name');
  });

  it('takes only ISO 8601 strings for DateTime, as variables or literals, however deep', () => {
    for (const gte of [true, 0, '1', { a: 1 }]) expect(check('query($f: Filter) { list(filter: $f) }', { f: { and: [{ at: { gte } }] } })?.path).toBe('filter.and.0.at.gte');
    expect(check('mutation($i: Input!) { create(input: $i) }', { i: { lastName: 'x', dueAt: 17 } })?.path).toBe('input.dueAt');
    expect(check('{ list(filter: { at: { lt: 5 } }) }')?.path).toBe('filter.at.lt');
    expect(check('{ list(filter: { at: { lt: "1" } }) }')?.path).toBe('filter.at.lt');
  });

  it('keeps Float inputs within what a JavaScript number holds exactly', () => {
    expect(check('query($a: Float) { near(amount: $a) }', { a: 9007199254740991 })).toBeNull();
    expect(check('query($a: Float) { near(amount: $a) }', { a: 1e17 })).toEqual({ path: 'amount', message: 'must be between -9007199254740991 and 9007199254740991' });
    expect(check('{ near(amount: -1e300) }')?.path).toBe('amount');
    expect(check('{ near(amount: 12.5) }')).toBeNull();
  });

  it('refuses prototype keys in variables, also in input objects and unknown fields', () => {
    expect(check('query($f: Filter) { list(filter: $f) }', JSON.parse('{"f":{"__proto__":{"x":1}}}'))?.path).toBe('filter.__proto__');
    expect(check('query($f: Filter) { list(filter: $f) }', { f: { unknown: { deeper: '\u0000' } } })?.path).toBe('filter.unknown.deeper');
  });
});

describe('inputHygieneMiddleware', () => {
  function run(req: { path: string; body?: unknown; query?: unknown }) {
    const sent: { status?: number; type?: string; body?: unknown } = {};
    let passed = false;
    const res = { status: (n: number) => ((sent.status = n), { type: (t: string) => ((sent.type = t), { json: (b: unknown) => (sent.body = b) }) }) };
    inputHygieneMiddleware({ ...req, originalUrl: req.path }, res, () => (passed = true));
    return { passed, sent };
  }

  it('answers a bad body or query parameter with problem+json naming the field', () => {
    const body = run({ path: '/api/public/leads', body: { lastName: 'x\u0000' }, query: {} });
    expect(body.passed).toBe(false);
    expect(body.sent).toEqual({
      status: 400,
      type: 'application/problem+json',
      body: expect.objectContaining({
        code: 'VALIDATION_FAILED',
        messageKey: 'errors.validationFailed',
        status: 400,
        errors: [{ path: 'lastName', message: expect.stringContaining('NUL'), messageKey: 'validation.nul' }],
      }),
    });
    expect(run({ path: '/api/v1/users', query: { q: '\uDC00' } }).sent.body).toMatchObject({ errors: [{ path: 'query.q' }] });
  });

  it('lets clean requests and /graphql (checked by its plugin, with GraphQL paths) through', () => {
    expect(run({ path: '/api/v1/users', body: { a: ['b'] }, query: { q: 'x' } }).passed).toBe(true);
    expect(run({ path: '/graphql', body: { variables: { a: '\u0000' } } }).passed).toBe(true);
  });
});
