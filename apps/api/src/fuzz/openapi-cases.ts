import fc from 'fast-check';
import { cursorValue, dateValue, floatValue, hostileJson, hostileString, idValue, intValue, stringValue, wrongType } from './hostile-values';
import { upperFirst, ValuePools } from './value-pools';

/**
 * Turns the OpenAPI document into fast-check arbitraries: for every operation a request with
 * generated path and query parameters and a body from its schema — plus bodies no schema allows
 * (arrays, strings, null, broken JSON, prototype keys, wrong content types, odd files). Driven
 * only by the document, so a new REST endpoint is fuzzed as soon as it is documented.
 */

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  description?: string;
  nullable?: boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  security?: object[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface RestOperation {
  method: string;
  template: string;
  /** `POST /api/public/leads` */
  name: string;
  operation: Operation;
  /** Documented as needing a session or an API key. */
  secured: boolean;
}

export type Auth = 'session' | 'api-key' | 'none' | 'garbage';

export interface RestBody {
  contentType?: string;
  data?: string | Buffer;
  multipart?: { fields: [string, string][]; files: { field: string; name: string; content: Buffer; type: string }[] };
}

export interface RestCase {
  op: RestOperation;
  /** Path with encoded parameters and the query string. */
  url: string;
  auth: Auth;
  garbageAuth?: Record<string, string>;
  body?: RestBody;
  /** Set when the body is not of the documented type at all: such a request must be refused. */
  mustRefuse?: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function restOperations(doc: OpenApiDocument): RestOperation[] {
  const out: RestOperation[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      out.push({ method, template, name: `${method.toUpperCase()} ${template}`, operation, secured: !!operation.security?.length });
    }
  }
  return out;
}

/** Percent-encodes like encodeURIComponent, but lone surrogates become the bytes a hostile client would send. */
export function encodeHostile(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    else out += encodeURIComponent(ch);
  }
  return out;
}

function asParam(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined) return '';
  return typeof v === 'object' ? (JSON.stringify(v) ?? 'null') : String(v);
}

export class OpenApiCases {
  constructor(
    private readonly doc: OpenApiDocument,
    private readonly pools: ValuePools,
    /** Values for JSON-in-a-string parameters, when the caller knows better than free JSON (e.g. GraphQL filters). */
    private readonly jsonFor: (p: { name: string; description?: string }, hostility: number) => fc.Arbitrary<unknown> | undefined = () => undefined,
  ) {}

  caseFor(op: RestOperation): fc.Arbitrary<RestCase> {
    return fc.oneof(...[0, 2, 6].map((h) => this.caseAt(op, h)));
  }

  private caseAt(op: RestOperation, hostility: number): fc.Arbitrary<RestCase> {
    const params = op.operation.parameters ?? [];
    const pathParams = params.filter((p) => p.in === 'path');
    const queryParams = params.filter((p) => p.in === 'query');
    const path = fc.tuple(...pathParams.map((p) => this.paramValue(p, op, hostility))).map((values) => {
      let url = op.template;
      pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodeHostile(asParam(values[i])))));
      return url;
    });
    const query = fc
      .tuple(
        ...queryParams.map((p) => {
          const value = this.paramValue(p, op, hostility);
          const pair = value.map((v) => `${encodeURIComponent(p.name)}=${encodeHostile(asParam(v))}`);
          // Repeated and bracketed keys turn a string into an array or an object in some parsers.
          const odd = fc.tuple(value, value).map(([a, b]) => `${p.name}=${encodeHostile(asParam(a))}&${p.name}=${encodeHostile(asParam(b))}`);
          const bracket = value.map((v) => `${p.name}[__proto__]=${encodeHostile(asParam(v))}`);
          return fc.oneof(
            { weight: p.required ? 10 : 5, arbitrary: pair },
            { weight: p.required ? hostility / 3 : 5, arbitrary: fc.constant('') },
            { weight: hostility ? 1 : 0, arbitrary: odd },
            { weight: hostility ? 1 : 0, arbitrary: bracket },
          );
        }),
      )
      .map((pairs) => pairs.filter(Boolean).join('&'));
    const body = this.body(op, hostility);
    const auth = fc.oneof(
      { weight: op.secured ? 12 : 2, arbitrary: fc.constant<Auth>('session') },
      { weight: op.secured ? 2 : 0, arbitrary: fc.constant<Auth>('api-key') },
      { weight: op.secured ? 1 : 12, arbitrary: fc.constant<Auth>('none') },
      { weight: 1, arbitrary: fc.constant<Auth>('garbage') },
    );
    const garbage = fc.constantFrom<Record<string, string>>(
      { Authorization: 'Bearer rk_x_y' },
      { Authorization: 'Bearer ' },
      { Authorization: 'Basic YWRtaW46YWRtaW4=' },
      { Authorization: `Bearer ${'A'.repeat(5000)}` },
      { Cookie: 'rapport_session=garbage' },
      { Cookie: `rapport_session=${'%00'.repeat(10)}` },
      { Cookie: 'rapport_session=s%3Aabc.def' },
    );
    return fc.record({ path, query, body, auth, garbage }).map(({ path: p, query: q, body: b, auth: a, garbage: g }) => ({
      op,
      url: q ? `${p}?${q}` : p,
      auth: a,
      garbageAuth: a === 'garbage' ? g : undefined,
      body: b?.body,
      mustRefuse: b?.mustRefuse,
    }));
  }

  private paramValue(p: Parameter, op: RestOperation, hostility: number): fc.Arbitrary<unknown> {
    const schema = this.resolve(p.schema ?? {});
    const json = /json/i.test(p.description ?? '') ? this.jsonFor(p, hostility) : undefined;
    if (json) return fc.oneof({ weight: 4, arbitrary: json.map((v) => JSON.stringify(v) ?? 'null') }, { weight: 2, arbitrary: hostileJson(hostility + 2, () => this.pools.keys()).map((v) => JSON.stringify(v) ?? 'null') }, { weight: 1, arbitrary: hostileString });
    if (p.in === 'path' && !schema.enum && /^id$|Id$/.test(p.name)) return idValue(() => this.pools.ids(typeFromPath(op.template, p.name)), hostility);
    return this.value(schema, p.name, hostility, 0);
  }

  /** A JSON value for a schema: plausible where it can be, hostile with weight `hostility`. */
  value(raw: Schema, name: string, hostility: number, depth: number): fc.Arbitrary<unknown> {
    const schema = this.resolve(raw);
    const leaf = this.plain(schema, name, hostility, depth);
    return hostility ? fc.oneof({ weight: 20, arbitrary: leaf }, { weight: Math.ceil(hostility / 2), arbitrary: wrongType }) : leaf;
  }

  private plain(schema: Schema, name: string, hostility: number, depth: number): fc.Arbitrary<unknown> {
    if (schema.enum?.length) return fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...schema.enum) }, { weight: hostility, arbitrary: fc.constantFrom<unknown>('NOT_A_VALUE', '', `${String(schema.enum[0])}\u0000`, 0) });
    const type = schema.type ?? (schema.properties ? 'object' : undefined);
    switch (type) {
      case 'integer':
        return intValue(hostility);
      case 'number':
        return /^(limit|first|page|size|count)$/i.test(name) ? intValue(hostility) : floatValue(hostility);
      case 'boolean':
        return fc.oneof({ weight: 10, arbitrary: fc.boolean() }, { weight: hostility, arbitrary: fc.constantFrom<unknown>('true', 'on', 1, 'yes') });
      case 'array':
        return depth > 3 ? fc.constant([]) : fc.array(this.value(schema.items ?? {}, name, hostility, depth + 1), { maxLength: 3 });
      case 'object':
        return this.object(schema, hostility, depth);
      case 'string':
        if (schema.format === 'date-time' || schema.format === 'date') return dateValue(hostility);
        if (schema.format === 'uuid' || /^id$|Id$/.test(name)) return idValue(() => this.pools.ids(upperFirst(name.replace(/Id$/, ''))), hostility);
        if (/^(cursor|after|before)$/i.test(name)) return cursorValue(() => this.pools.cursors);
        return stringValue(name, hostility, () => this.pools.strings(name));
      default:
        return fc.oneof(stringValue(name, hostility), hostileJson(hostility));
    }
  }

  private object(schema: Schema, hostility: number, depth: number): fc.Arbitrary<unknown> {
    const required = new Set(schema.required ?? []);
    const entries = Object.entries(schema.properties ?? {}).map(([k, s]) => {
      const v = this.value(s, k, hostility, depth + 1).map((x) => [k, x] as const);
      // Optional properties now and then: a body with every field filled rarely gets past the first check.
      return required.has(k) ? fc.oneof({ weight: 20, arbitrary: v }, { weight: hostility / 2, arbitrary: fc.constant(null) }) : fc.oneof({ weight: 1, arbitrary: v }, { weight: 2, arbitrary: fc.constant(null) });
    });
    const obj = fc.tuple(...entries).map((list) => Object.fromEntries(list.filter((e): e is readonly [string, unknown] => e !== null)));
    if (!hostility) return obj;
    const extra = fc.tuple(obj, hostileJson(hostility)).map(([o, j]) => (j && typeof j === 'object' && !Array.isArray(j) ? { ...o, ...j } : o));
    return fc.oneof({ weight: 8, arbitrary: obj }, { weight: 1, arbitrary: extra });
  }

  private body(op: RestOperation, hostility: number): fc.Arbitrary<{ body?: RestBody; mustRefuse?: string } | null> {
    const rb = op.operation.requestBody;
    if (!rb) return fc.constant(null);
    const variants: fc.Arbitrary<{ body?: RestBody; mustRefuse?: string } | null>[] = [];
    for (const [contentType, media] of Object.entries(rb.content)) {
      const schema = this.resolve(media.schema ?? {});
      const isObject = (schema.type ?? (schema.properties ? 'object' : undefined)) === 'object';
      if (contentType === 'application/json') variants.push(this.jsonBody(schema, isObject, hostility));
      else if (contentType === 'application/x-www-form-urlencoded') variants.push(this.formBody(schema, hostility));
      else if (contentType === 'multipart/form-data') variants.push(this.multipartBody(schema, hostility));
      else variants.push(fc.string({ maxLength: 200 }).map((data) => ({ body: { contentType, data } })));
    }
    // Whatever the documented content types, some requests come without a body or with a foreign one.
    variants.push(
      fc.constantFrom<{ body?: RestBody; mustRefuse?: string } | null>(
        null,
        { body: { contentType: 'text/plain', data: '{"lastName":"x"}' } },
        { body: { contentType: 'application/xml', data: '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>' } },
        { body: { contentType: 'application/octet-stream', data: Buffer.from([0xff, 0xfe, 0x00, 0xd8]) } },
      ),
    );
    return fc.oneof(...variants);
  }

  private jsonBody(schema: Schema, isObject: boolean, hostility: number): fc.Arbitrary<{ body?: RestBody; mustRefuse?: string }> {
    const valid = this.value(schema, 'body', hostility, 0).map((v) => ({ body: { contentType: 'application/json', data: JSON.stringify(v) ?? 'null' } }));
    const notObject = fc.constantFrom('[]', '[{}]', '"x"', 'null', '0', 'true', '""').map((data) => ({ body: { contentType: 'application/json', data }, mustRefuse: isObject ? `JSON body ${data} where an object is documented` : undefined }));
    const broken = fc.constantFrom('{', '{"a":', "{'a':1}", '\u0000', '{"a":1}{"b":2}', '{"a":1,}').map((data) => ({ body: { contentType: 'application/json', data }, mustRefuse: `malformed JSON ${JSON.stringify(data)}` }));
    // Valid JSON a server may still trip over: prototype keys, escaped lone surrogates, overflow to Infinity, a BOM, deep nesting.
    const odd = fc
      .constantFrom('{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"isAdmin":true}}}', '{"__proto__":[]}', '{"lastName":"x","__proto__":{"lastName":null}}', '{"lastName":"\\ud800"}', '{"lastName":"x","employees":1e999}', '\uFEFF{"lastName":"x"}', `${'['.repeat(5000)}${']'.repeat(5000)}`)
      .map((data) => ({ body: { contentType: 'application/json', data }, mustRefuse: isObject && data.startsWith('[') ? 'a nested array where an object is documented' : undefined }));
    const encodings = fc.constantFrom<RestBody>(
      { contentType: 'application/json; charset=utf-16', data: Buffer.from('{"lastName":"x"}', 'utf16le') },
      { contentType: 'application/json', data: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
      { contentType: 'application/json; charset=latin1', data: '{"lastName":"x"}' },
      { contentType: 'application/json', data: '' },
    ).map((body) => ({ body }));
    return fc.oneof(
      { weight: 12, arbitrary: valid },
      { weight: hostility ? 2 : 0, arbitrary: notObject },
      { weight: hostility ? 1 : 0, arbitrary: broken },
      { weight: hostility ? 1 : 0, arbitrary: odd },
      { weight: hostility ? 1 : 0, arbitrary: encodings },
    );
  }

  private formBody(schema: Schema, hostility: number): fc.Arbitrary<{ body?: RestBody; mustRefuse?: string }> {
    const fields = this.value(schema, 'body', hostility, 0).map((v) => {
      const entries: [string, unknown][] = v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : [['value', v]];
      return entries.map(([k, x]) => `${encodeHostile(k)}=${encodeHostile(asParam(x))}`).join('&');
    });
    const raw = fc.constantFrom('a[b]=1', 'lastName=%ZZ', 'lastName=%00', 'lastName=x&lastName=y', '=', '&&&', '__proto__[x]=1', `lastName=${'x'.repeat(300_000)}`);
    return fc.oneof({ weight: 8, arbitrary: fields }, { weight: hostility ? 1 : 0, arbitrary: raw }).map((data) => ({ body: { contentType: 'application/x-www-form-urlencoded', data } }));
  }

  private multipartBody(schema: Schema, hostility: number): fc.Arbitrary<{ body?: RestBody; mustRefuse?: string }> {
    const props = Object.entries(schema.properties ?? {});
    const parts = fc.tuple(
      ...props.map(([k, s]) =>
        s.format === 'binary'
          ? fc.tuple(fileContent(), fileName(), fc.constantFrom('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream', 'image/png')).map(([content, name, type]) => ({ file: { field: k, name, content, type } }))
          : this.value(s, k, hostility, 1).map((v) => ({ field: [k, asParam(v)] as [string, string] })),
      ),
    );
    return fc
      .tuple(parts, fc.oneof({ weight: 8, arbitrary: fc.constant('keep') }, { weight: hostility ? 1 : 0, arbitrary: fc.constantFrom('drop-files', 'rename', 'double') }))
      .map(([list, how]) => {
        let files = list.flatMap((p) => ('file' in p && p.file ? [p.file] : []));
        const fields = list.flatMap((p) => ('field' in p && p.field ? [p.field] : []));
        if (how === 'drop-files') files = [];
        if (how === 'rename') files = files.map((f) => ({ ...f, field: 'other' }));
        if (how === 'double') files = [...files, ...files];
        return { body: { multipart: { fields, files } } };
      });
  }

  resolve(schema: Schema): Schema {
    let s = schema;
    for (let i = 0; s.$ref && i < 10; i++) s = this.doc.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')] ?? {};
    if (s.allOf?.length) return Object.assign({}, ...s.allOf.map((x) => this.resolve(x)));
    if (s.oneOf?.length || s.anyOf?.length) return this.resolve((s.oneOf ?? s.anyOf)![0]);
    return s;
  }
}

/** `/api/v1/lead-imports/{id}` → LeadImport: the segment before the parameter, singular. */
function typeFromPath(template: string, param: string): string | undefined {
  const segments = template.split('/');
  const at = segments.findIndex((s) => s.includes(`{${param}}`));
  const before = at > 0 ? segments[at - 1] : undefined;
  if (!before || before.includes('{')) return undefined;
  return before
    .replace(/s$/, '')
    .split('-')
    .map(upperFirst)
    .join('');
}

/** Uploaded files: text with hostile cells, broken encodings, a fake spreadsheet, random bytes. */
function fileContent(): fc.Arbitrary<Buffer> {
  const csvCell = fc.oneof(fc.string({ maxLength: 12 }), hostileString.filter((s) => s.length < 1000), fc.constantFrom('=1+1', '"', '""', '\n', ',', '\r\n'));
  const csv = fc.tuple(fc.array(fc.constantFrom('lastName', 'email', 'company', 'Last Name', '姓名', '', 'lastName'), { minLength: 1, maxLength: 5 }), fc.array(fc.array(csvCell, { maxLength: 6 }), { maxLength: 8 })).map(([header, rows]) =>
    [header, ...rows].map((r) => r.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n'),
  );
  return fc.oneof(
    { weight: 4, arbitrary: csv.map((t) => Buffer.from(t, 'utf8')) },
    { weight: 1, arbitrary: csv.map((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from(b)])) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)) },
    { weight: 1, arbitrary: fc.constantFrom(Buffer.alloc(0), Buffer.from('\uFEFF'), Buffer.from('lastName\n' + 'x,'.repeat(20_000))) },
  );
}

function fileName(): fc.Arbitrary<string> {
  return fc.constantFrom('leads.csv', 'leads.xlsx', 'LEADS.CSV', 'leads', '.csv', '../../etc/passwd.csv', '客户.csv', 'a"b.csv', 'x'.repeat(300) + '.csv', 'leads.csv.exe');
}
