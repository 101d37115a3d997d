import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { cursorValue, dateValue, floatValue, hostileJson, hostileString, idValue, intValue, PROTO_KEYS, stringValue, wrongType } from './hostile-values';
import { upperFirst, ValuePools } from './value-pools';

/**
 * Turns the GraphQL schema into fast-check arbitraries: for every query and mutation field a
 * request with generated arguments (as variables, as inline literals, or declared with the wrong
 * type) and a small selection set generated from the return type. Driven only by the schema, so
 * a new domain's operations are fuzzed the day they are added.
 */

/** The committed SDL; the tests fail when it is stale, so it matches the running app. */
export function loadSchema(): GraphQLSchema {
  return buildSchema(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'schema.gql'), 'utf8'));
}

export interface RootField {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** `Query.accounts`, `Mutation.createLead`. */
  name: string;
}

export function rootFields(schema: GraphQLSchema, exclude: Record<string, string>): RootField[] {
  const out: RootField[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const name = `${type!.name}.${field.name}`;
      if (!(name in exclude)) out.push({ kind, field, name });
    }
  }
  return out;
}

export interface GqlArg {
  name: string;
  type: GraphQLInputType;
  value: unknown;
  /** `wrong-type` declares the variable as String (or [String]) whatever the argument's type is. */
  mode: 'variable' | 'inline' | 'wrong-type';
}

export interface GqlCase {
  root: RootField;
  args: GqlArg[];
}

export interface GqlRequest {
  query: string;
  variables: Record<string, unknown>;
  /** The field with its arguments, without the selection: what a failure report shows first. */
  call: string;
}

/** Hostility levels: out of 10, how often a leaf is hostile rather than plausible. */
const LEVELS = [0, 2, 6];
/** Input objects nest (filters: and/or/not); optional fields stop here. */
const MAX_INPUT_DEPTH = 3;
const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

export class GraphQLCases {
  private readonly memo = new Map<string, fc.Arbitrary<unknown>>();
  private readonly selections = new Map<string, string>();

  constructor(
    readonly schema: GraphQLSchema,
    private readonly pools: ValuePools,
  ) {}

  /** A request for one root field, at a random hostility. */
  caseFor(root: RootField): fc.Arbitrary<GqlCase> {
    return fc.oneof(...LEVELS.map((h) => this.caseAt(root, h)));
  }

  private caseAt(root: RootField, hostility: number): fc.Arbitrary<GqlCase> {
    const args = root.field.args.map((a) => {
      const required = isNonNullType(a.type) && a.defaultValue === undefined;
      const value = this.valueFor(a.type, a.name, root.field.type, hostility, 0);
      const mode = fc.oneof(
        { weight: 8, arbitrary: fc.constant('variable' as const) },
        { weight: 3, arbitrary: fc.constant('inline' as const) },
        { weight: hostility ? 1 : 0, arbitrary: fc.constant('wrong-type' as const) },
      );
      const present = fc.tuple(value, mode).map(([v, m]): GqlArg => ({ name: a.name, type: a.type, value: v, mode: m }));
      // Required arguments are left out only now and then; optional ones about half the time.
      return fc.oneof({ weight: required ? 20 : 1, arbitrary: present }, { weight: required ? hostility / 2 : 1, arbitrary: fc.constant(null) });
    });
    return fc.tuple(...args).map((list) => ({ root, args: list.filter((a): a is GqlArg => a !== null) }));
  }

  /** A value for an input position; `owner` is the type the id most likely belongs to. */
  valueFor(type: GraphQLInputType, name: string, owner: GraphQLOutputType | string, hostility: number, depth: number): fc.Arbitrary<unknown> {
    const key = `${String(type)}|${name}|${typeof owner === 'string' ? owner : getNamedType(owner).name}|${hostility}|${depth}`;
    let arb = this.memo.get(key);
    if (!arb) {
      arb = this.build(type, name, owner, hostility, depth);
      this.memo.set(key, arb);
    }
    return arb;
  }

  private build(type: GraphQLInputType, name: string, owner: GraphQLOutputType | string, hostility: number, depth: number): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) {
      const inner = this.valueFor(type.ofType, name, owner, hostility, depth);
      return hostility ? fc.oneof({ weight: 30, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }) : inner;
    }
    if (isListType(type)) {
      const item = this.valueFor(type.ofType, name, owner, hostility, depth);
      return fc.oneof(
        { weight: 10, arbitrary: fc.array(item, { maxLength: 3 }) },
        // A single value where a list is expected is valid GraphQL (input coercion wraps it).
        { weight: 1, arbitrary: item },
        // Longer than any page or batch limit; small items only, or the request would be hundreds of MB.
        { weight: hostility ? 1 : 0, arbitrary: fc.tuple(item, fc.constantFrom(501, 2000)).map(([v, n]) => Array.from({ length: n }, () => ((JSON.stringify(v) ?? '').length < 200 ? v : null))) },
        { weight: hostility ? 1 : 0, arbitrary: wrongType },
      );
    }
    const named = getNamedType(type) as GraphQLNamedType;
    const leaf = isInputObjectType(named) ? this.inputObject(named.name, name, hostility, depth) : this.scalar(named, name, owner, hostility);
    if (!hostility || isInputObjectType(named)) return leaf;
    return fc.oneof({ weight: 20, arbitrary: leaf }, { weight: Math.max(1, Math.round(hostility / 2)), arbitrary: wrongType });
  }

  private scalar(named: GraphQLNamedType, name: string, owner: GraphQLOutputType | string, hostility: number): fc.Arbitrary<unknown> {
    if (isEnumType(named)) {
      const values = named.getValues().map((v) => v.name);
      const bogus = fc.constantFrom<unknown>('NOT_A_VALUE', values[0]?.toLowerCase() ?? 'x', '', 0, `${values[0]}\u0000`);
      return fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...values) }, { weight: hostility, arbitrary: bogus });
    }
    switch (named.name) {
      case 'ID':
        return idValue(() => this.pools.ids(idTypeHint(name, owner)), hostility);
      case 'Int':
        return intValue(hostility);
      case 'Float':
        return floatValue(hostility);
      case 'Boolean':
        return fc.oneof({ weight: 10, arbitrary: fc.boolean() }, { weight: hostility, arbitrary: fc.constantFrom<unknown>('true', 1, 0, 'yes') });
      case 'String':
        if (/^(after|before|cursor)$/i.test(name)) {
          const list = typeof owner === 'string' ? owner : getNamedType(owner).name;
          return cursorValue(() => this.pools.cursors, () => this.pools.cursorsOf(list));
        }
        return stringValue(name, hostility, () => this.pools.strings(name));
      default:
        if (/date|time/i.test(named.name)) return dateValue(hostility);
        if (/json/i.test(named.name)) {
          const json = hostileJson(hostility, () => this.vocabulary());
          return /object/i.test(named.name) ? fc.oneof({ weight: 4, arbitrary: json.filter((v) => v !== null && typeof v === 'object') }, { weight: 1, arbitrary: json }) : json;
        }
        // An unknown custom scalar: anything JSON can carry.
        return fc.oneof(hostileString, hostileJson(hostility));
    }
  }

  private inputObject(typeName: string, name: string, hostility: number, depth: number): fc.Arbitrary<unknown> {
    const t = this.schema.getType(typeName);
    if (!isInputObjectType(t)) throw new Error(`${typeName} is no input type`);
    const owner = ownerOfInput(typeName);
    const fields = Object.values(t.getFields()).map((f) => {
      const required = isNonNullType(f.type) && f.defaultValue === undefined;
      if (!required && depth >= MAX_INPUT_DEPTH) return fc.constant(null);
      const value = this.valueFor(f.type, f.name, owner, hostility, depth + 1).map((v) => [f.name, v] as const);
      // Deeper optional fields are rarer: a filter of a filter of a filter stays small.
      const optionalWeight = depth === 0 ? 2 : 1;
      return required ? fc.oneof({ weight: 30, arbitrary: value }, { weight: hostility / 2, arbitrary: fc.constant(null) }) : fc.oneof({ weight: optionalWeight, arbitrary: value }, { weight: 3, arbitrary: fc.constant(null) });
    });
    const obj = fc.tuple(...fields).map((entries) => Object.fromEntries(entries.filter((e): e is readonly [string, unknown] => e !== null)));
    if (!hostility) return obj;
    // Unknown fields and prototype keys must be refused by coercion, never reach a service.
    const extra = fc.tuple(obj, fc.constantFrom(...PROTO_KEYS, 'bogusField', name), hostileJson(2)).map(([o, k, v]) => ({ ...JSON.parse(`{${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}}`), ...o }));
    return fc.oneof({ weight: 12, arbitrary: obj }, { weight: 1, arbitrary: extra });
  }

  /** Keys for free-form JSON: every input field name (operators, fields) and keys the API answered with. */
  private vocabulary(): readonly string[] {
    if (!this.vocab) {
      const names = new Set<string>();
      for (const t of Object.values(this.schema.getTypeMap())) if (isInputObjectType(t)) for (const f of Object.keys(t.getFields())) names.add(f);
      this.vocab = [...names];
    }
    const harvested = this.pools.keys();
    return harvested.length ? [...this.vocab, ...harvested] : this.vocab;
  }
  private vocab: string[] | undefined;

  /** Every query that needs no arguments, as a request: run once, they fill the pools with real ids and cursors. */
  primingRequests(fields: RootField[]): GqlRequest[] {
    return fields.filter((f) => f.kind === 'query' && !f.field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)).map((root) => this.toRequest({ root, args: [] }));
  }

  /**
   * Plausible calls of every mutation (no hostile values), to run before fuzzing: they create
   * records of every kind, so queries and REST endpoints find real ones to work on.
   */
  async warmUp(fields: RootField[], seed: number, perMutation: number, send: (req: GqlRequest) => Promise<void>): Promise<void> {
    // Two passes, sampled one mutation at a time: each sees the ids the previous ones created
    // (a quote needs an opportunity, which needs an account).
    for (const pass of [0, 1]) {
      for (const root of fields) {
        if (root.kind !== 'mutation') continue;
        for (const c of fc.sample(this.caseAt(root, 0), { seed: seed + pass, numRuns: perMutation })) await send(this.toRequest(c));
      }
    }
  }

  /** Values of the schema's filter input types (`…Filter`): REST endpoints take them as JSON too. */
  anyFilter(hostility: number): fc.Arbitrary<unknown> {
    const filters = Object.values(this.schema.getTypeMap()).filter((t) => isInputObjectType(t) && t.name.endsWith('Filter') && !t.name.startsWith('__'));
    return fc.constantFrom(...filters).chain((t) => this.valueFor(t as GraphQLInputType, 'filter', t.name.replace(/Filter$/, ''), hostility, 0));
  }

  /** The GraphQL request for a case; arguments that can't be written inline go into variables. */
  toRequest(c: GqlCase): GqlRequest {
    const defs: string[] = [];
    const passed: string[] = [];
    const variables: Record<string, unknown> = {};
    for (const a of c.args) {
      const inline = a.mode === 'inline' ? literal(a.value, a.type) : undefined;
      if (inline !== undefined) {
        passed.push(`${a.name}: ${inline}`);
        continue;
      }
      const declared = a.mode === 'wrong-type' ? (isListType(isNonNullType(a.type) ? a.type.ofType : a.type) ? '[String]' : 'String') : String(a.type);
      defs.push(`$${a.name}: ${declared}`);
      passed.push(`${a.name}: $${a.name}`);
      if (a.value !== undefined) variables[a.name] = a.value;
    }
    const op = c.root.kind === 'query' ? 'query' : 'mutation';
    const call = `${c.root.field.name}${passed.length ? `(${passed.join(', ')})` : ''}`;
    const query = `${op} Fuzz${defs.length ? `(${defs.join(', ')})` : ''} { ${call} ${this.selection(c.root.field.type)} }`.replace(/\s+$/, '');
    return { query, variables, call };
  }

  /**
   * A small selection for a return type: its scalars and, one level down, the scalars of the
   * objects it links to; connections as `totalCount edges { cursor node { id } } pageInfo`.
   */
  selection(type: GraphQLOutputType, depth = 0): string {
    const named = getNamedType(type);
    const key = `${named.name}|${depth}`;
    const cached = this.selections.get(key);
    if (cached !== undefined) return cached;
    let out = '';
    if (isLeafType(named)) out = '';
    else if (isUnionType(named) || isInterfaceType(named)) {
      const possible = this.schema.getPossibleTypes(named);
      out = `{ __typename ${possible.map((p) => ('id' in p.getFields() ? `... on ${p.name} { id }` : '')).join(' ')} }`;
    } else if (isObjectType(named)) {
      const fields = Object.values(named.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined));
      const edges = fields.find((f) => f.name === 'edges');
      if (edges && isObjectType(getNamedType(edges.type)) && 'node' in (getNamedType(edges.type) as { getFields(): object }).getFields()) {
        const node = (getNamedType(edges.type) as { getFields(): Record<string, { type: GraphQLOutputType }> }).getFields()['node'];
        const nodeType = getNamedType(node.type);
        const nodeSel = isObjectType(nodeType) && 'id' in nodeType.getFields() ? '{ __typename id }' : this.selection(node.type, 2);
        const extras = fields.filter((f) => f.name === 'totalCount').map((f) => f.name);
        const pageInfo = fields.some((f) => f.name === 'pageInfo') ? 'pageInfo { endCursor hasNextPage }' : '';
        out = `{ __typename ${extras.join(' ')} edges { cursor node ${nodeSel} } ${pageInfo} }`;
      } else {
        const scalars = fields.filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name);
        const nested = depth < 1 ? fields.filter((f) => !isLeafType(getNamedType(f.type))).map((f) => `${f.name} ${this.selection(f.type, depth + 1)}`) : [];
        out = `{ __typename ${[...scalars, ...nested].join(' ')} }`;
      }
    }
    this.selections.set(key, out);
    return out;
  }
}

/** `accountId` → Account; `id` of `account(id)` → Account; `id` in UpdateAccountInput → Account. */
function idTypeHint(name: string, owner: GraphQLOutputType | string): string | undefined {
  if (/Ids?$/.test(name) && name !== 'id' && name !== 'ids') return upperFirst(name.replace(/Ids?$/, ''));
  if (typeof owner === 'string') return owner;
  const named = getNamedType(owner).name;
  return named.replace(/(Connection|Payload)$/, '').replace(/^(Create|Update|Delete|Save|Move|Convert|Accept|Decide|Submit|Unlock|Resolve|Revoke|Set|Start|Undo)/, '');
}

function ownerOfInput(inputName: string): string {
  return inputName.replace(/Input$/, '').replace(/^(Create|Update|Delete|Save|Move|Convert|Accept|Decide|Submit|Unlock|Resolve|Revoke|Set|Start|Undo|Share|Unshare|Mark|Reorder|Adjust|Define|Transfer|Bulk)/, '');
}

/** A GraphQL literal for a value, or undefined when only a variable can carry it (object keys that aren't names). */
export function literal(value: unknown, type: GraphQLInputType, depth = 0): string | undefined {
  // Absurdly deep values go as variables: printing them inline would only test this printer.
  if (depth > 64) return undefined;
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return isEnumType(named) && NAME.test(value) && !['true', 'false', 'null'].includes(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? (Object.is(value, -0) ? '-0' : String(value)) : undefined;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const inner = isNonNullType(type) ? type.ofType : type;
    const items = value.map((v) => literal(v, isListType(inner) ? inner.ofType : type, depth + 1));
    return items.includes(undefined) ? undefined : `[${items.join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    const parts: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (!NAME.test(k)) return undefined;
      const lit = literal(v, fields[k]?.type ?? named, depth + 1);
      if (lit === undefined) return undefined;
      parts.push(`${k}: ${lit}`);
    }
    return `{${parts.join(', ')}}`;
  }
  return undefined;
}

/** Known custom scalars' contracts, which graphql-js can't check from SDL alone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function invalidDateTime(value: unknown): boolean {
  if (typeof value !== 'string') return true;
  const m = ISO_DATE.exec(value);
  if (!m) return true;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((x) => x ?? '0');
  const date = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s));
  return date.getUTCMonth() !== +mo - 1 || date.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59;
}

/**
 * Inputs the schema declares invalid but that graphql-js lets through from SDL: values of
 * date-time scalars that are not ISO date-times. A request carrying one must not succeed.
 * Returns the path of the first such value.
 */
export function schemaViolation(schema: GraphQLSchema, c: GqlCase): string | null {
  const walk = (type: GraphQLInputType, value: unknown, at: string): string | null => {
    if (value === null || value === undefined) return null;
    if (isNonNullType(type)) return walk(type.ofType, value, at);
    if (isListType(type)) return Array.isArray(value) ? value.map((v, i) => walk(type.ofType, v, `${at}.${i}`)).find(Boolean) ?? null : walk(type.ofType, value, at);
    if (isInputObjectType(type)) {
      if (typeof value !== 'object' || Array.isArray(value)) return null;
      const fields = type.getFields();
      for (const [k, v] of Object.entries(value)) {
        const f = Object.prototype.hasOwnProperty.call(fields, k) ? fields[k] : undefined;
        const hit = f ? walk(f.type, v, `${at}.${k}`) : null;
        if (hit) return hit;
      }
      return null;
    }
    if (isScalarType(type) && /date|time/i.test(type.name) && invalidDateTime(value)) return `${at} = ${JSON.stringify(value)}`;
    return null;
  };
  for (const a of c.args) {
    if (a.mode === 'wrong-type') continue;
    const hit = walk(a.type, a.value, a.name);
    if (hit) return hit;
  }
  return null;
}
