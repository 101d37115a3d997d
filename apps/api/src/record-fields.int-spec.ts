import { ACCOUNT, ACTIVITY, CONTACT, LEAD, OPPORTUNITY } from '@rapport/sales-domain';
import { CAMPAIGN } from '@rapport/marketing-domain';
import { editableKeys, exportKeys, fieldKeys, isAudited, isCreatable, isOutput, isUpdatable, mergeableKeys, operatorsOf, Role, type FieldDefinition, type RecordDefinition } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Every field of each record definition (docs/adr/0011), driven by the definition itself: a field
 * added there is written, read, filtered, audited, exported and merged here without a new test.
 */
const api = useTestApi();
let rep: ApiClient;
let repId: string;
/** Campaigns are managed by marketers; the sales types by the rep. */
let marketer: ApiClient;

beforeAll(async () => {
  const user = await api.ctx.newUser({ role: Role.SalesRep });
  repId = user.id;
  rep = await api.signedIn(user.email);
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  // A field kept by a picklist takes configured values: the samples below are configured first.
  const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  for (const { def } of TYPES) {
    for (const [key, f] of Object.entries(def.fields)) {
      if (!f.picklist) continue;
      for (let variant = 0; variant < 6; variant++) {
        const list = f.picklist.replace(/([A-Z])/g, '_$1').toUpperCase();
        await admin.gqlOk('mutation($i: SavePicklistValueInput!) { savePicklistValue(input: $i) { value { value } } }', { i: { list, value: sample(key, f, variant, {}) } });
      }
    }
  }
});

const ADDRESS = '{ street city region postalCode country }';

/** Values of texts with a required form (a definition's `pattern`), by field. */
const FORMED: Record<string, string[]> = { currency: ['CNY', 'USD', 'EUR', 'JPY', 'GBP', 'HKD'], shortCode: ['CODE-A', 'CODE-B', 'CODE-C', 'CODE-D', 'CODE-E', 'CODE-F'] };

/** A valid value of a field, different per `variant`, as the API takes it. */
function sample(key: string, f: FieldDefinition, variant: number, refs: Record<string, string>): unknown {
  switch (f.type) {
    case 'text':
    case 'longText':
      if (f.pattern) return FORMED[key]![variant];
      if (f.format === 'timeZone') return ['Asia/Shanghai', 'Asia/Taipei', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC'][variant];
      return f.oneOf ? f.oneOf[variant % f.oneOf.length] : `${key} ${variant}`.slice(0, f.maxLength ?? 100);
    case 'emailList':
      return [`${key}${variant}@example.com`, `other${variant}@example.com`];
    case 'phoneList':
      return [`+86 21 5555 020${variant}`];
    case 'url':
      return `example${variant}.com/${key}`;
    case 'phone':
      return `+86 21 5555 010${variant}`;
    case 'email':
      return `${key}${variant}@example.com`;
    case 'enum':
      return f.enumValues![variant % f.enumValues!.length]!.toUpperCase();
    case 'integer':
      return 40 + variant;
    case 'money':
    case 'number':
      return 1000.5 + variant;
    case 'date':
      return `2027-01-0${variant + 1}`;
    case 'boolean':
      // Variants 0 and 1 differ (filters), and 0 and 2 (updates).
      return variant !== 0;
    case 'datetime':
      return new Date(Date.UTC(2027, 0, 1 + variant, 9)).toISOString();
    case 'address':
      return { city: `City ${variant}`, country: 'CN' };
    case 'reference':
      return key === 'ownerId' ? repId : refs[f.references!];
    default:
      throw new Error(`no sample for ${f.type}`);
  }
}

const expected = (f: FieldDefinition, v: unknown) => (f.type === 'address' ? { street: null, region: null, postalCode: null, ...(v as object) } : v);

/** Each record type in definition form, with the names its API uses. */
const TYPES: { def: RecordDefinition; plural: string }[] = [
  { def: ACCOUNT, plural: 'accounts' },
  { def: CONTACT, plural: 'contacts' },
  { def: LEAD, plural: 'leads' },
  { def: OPPORTUNITY, plural: 'opportunities' },
  { def: ACTIVITY, plural: 'activities' },
  { def: CAMPAIGN, plural: 'campaigns' },
];

describe.each(TYPES)('every $def.name field, from its definition', ({ def, plural }) => {
  const merged = def.mergeable;
  const G = def.graphqlName;
  const own: [string, FieldDefinition][] = Object.entries(def.fields).filter(([k]) => (editableKeys(def) as string[]).includes(k) && k !== 'ownerId');
  const selection = Object.entries(def.fields)
    .filter(([, f]) => isOutput(f))
    .map(([k, f]) => (f.type === 'address' ? `${k} ${ADDRESS}` : k))
    .join(' ');
  const field = (k: string) => def.fields[k]!;
  /** Who writes records of this type. */
  const who = () => (def.name === 'campaign' ? marketer : rep);

  /** One record of each type a reference may point at, for the reference fields' values. */
  const refs: Record<string, string> = {};
  let a: string;
  let b: string;
  const values = (variant: number) => Object.fromEntries(own.map(([k, f]) => [k, sample(k, f, variant, refs)]));

  beforeAll(async () => {
    const made = await rep.gqlOk<{ createAccount: { account: { id: string } } }>('mutation { createAccount(input: { name: "Referenced Holdings" }) { account { id } } }');
    refs['account'] = made.createAccount.account.id;
    const contact = await rep.gqlOk<{ createContact: { contact: { id: string } } }>('mutation($a: ID!) { createContact(input: { lastName: "Referenced", accountId: $a }) { contact { id } } }', { a: refs['account'] });
    refs['contact'] = contact.createContact.contact.id;
    const lead = await rep.gqlOk<{ createLead: { lead: { id: string } } }>('mutation { createLead(input: { lastName: "Referenced", company: "Referenced Lead Co", source: WEB }) { lead { id } } }');
    refs['lead'] = lead.createLead.lead.id;
    const opp = await rep.gqlOk<{ createOpportunity: { opportunity: { id: string } } }>('mutation($a: ID!) { createOpportunity(input: { name: "Referenced deal", accountId: $a }) { opportunity { id } } }', { a: refs['account'] });
    refs['opportunity'] = opp.createOpportunity.opportunity.id;
    const { pipelines } = await rep.gqlOk<{ pipelines: { id: string; isDefault: boolean; stages: { id: string }[] }[] }>('{ pipelines { id isDefault stages { id } } }');
    const pipeline = pipelines.find((p) => p.isDefault)!;
    refs['pipeline'] = pipeline.id;
    refs['stage'] = pipeline.stages[0]!.id;
    const parent = await marketer.gqlOk<{ createCampaign: { campaign: { id: string } } }>('mutation { createCampaign(input: { name: "Referenced campaign", type: OTHER }) { campaign { id } } }');
    refs['campaign'] = parent.createCampaign.campaign.id;
  });

  it('is written on create and read back as written', async () => {
    const r = await who().gqlOk<Record<string, Record<string, Record<string, unknown>>>>(`mutation($i: Create${G}Input!) { create${G}(input: $i) { ${def.name} { ${selection} } } }`, { i: values(0) });
    const made = r[`create${G}`]![def.name]!;
    a = made['id'] as string;
    for (const [k, f] of own.filter(([, f]) => isOutput(f))) expect([k, made[k]]).toEqual([k, expected(f, values(0)[k])]);
    // References are not read directly: their columns hold the record given.
    for (const [, f] of own.filter(([, f]) => f.type === 'reference')) {
      const [row] = await api.ctx.ds.query(`SELECT ${f.column} AS ref FROM ${def.table} WHERE id = $1`, [a]);
      expect([f.column, row.ref]).toEqual([f.column, refs[f.references!]]);
    }
  });

  it('filters by each filterable field', async () => {
    const other = await who().gqlOk<Record<string, Record<string, { id: string }>>>(`mutation($i: Create${G}Input!) { create${G}(input: $i) { ${def.name} { id } } }`, { i: values(1) });
    b = other[`create${G}`]![def.name]!.id;
    for (const [k, f] of own.filter(([, f]) => operatorsOf(f).includes('eq') && f.type !== 'reference')) {
      // Enums published with a text filter compare the stored value.
      // Dates are compared as the start of their day by the DateTime filter.
      const value = f.filterAs === 'text' ? String(values(0)[k]).toLowerCase() : f.type === 'date' ? `${String(values(0)[k])}T00:00:00Z` : values(0)[k];
      const r = await who().gqlOk<Record<string, { edges: { node: { id: string } }[] }>>(`query($f: ${G}Filter) { ${plural}(first: 10, filter: $f) { edges { node { id } } } }`, {
        f: { [k]: { eq: value }, id: { in: [a, b] } },
      });
      expect([k, r[plural]!.edges.map((e) => e.node.id)]).toEqual([k, [a]]);
    }
  });

  it('audits each audited field when it changes', async () => {
    // Every updatable field, update-only ones (a lead's status) included.
    const updatable = Object.entries(def.fields).filter(([k, f]) => isUpdatable(f) && k !== 'ownerId' && f.type !== 'reference');
    const patch = Object.fromEntries(updatable.map(([k, f]) => [k, sample(k, f, 2, refs)]));
    await who().gqlOk(`mutation($i: Update${G}Input!) { update${G}(input: $i) { ${def.name} { id } } }`, { i: { id: a, ...patch } });
    const [audit] = await api.ctx.ds.query(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'update' ORDER BY at DESC LIMIT 1`, [a]);
    const changed = (audit.changes as { field: string }[]).map((c) => c.field).sort();
    expect(changed).toEqual(fieldKeys(def, isAudited).filter((k) => k in patch).sort());
  });

  it('keeps create-only fields out of the update input, and updates the rest', async () => {
    const createOnly = own.filter(([, f]) => isCreatable(f) && !isUpdatable(f)).map(([k]) => k);
    // The update input is the updatable fields exactly, whatever the create input holds.
    const input = await who().gqlOk<{ __type: { inputFields: { name: string }[] } }>(`{ __type(name: "Update${G}Input") { inputFields { name } } }`);
    expect(input.__type.inputFields.map((f) => f.name).sort()).toEqual([...(def.customFields ? ['customFields'] : []), 'id', ...fieldKeys(def, isUpdatable)].sort());
    for (const k of createOnly) {
      const r = await who().gql(`mutation($i: Update${G}Input!) { update${G}(input: $i) { ${def.name} { id } } }`, { i: { id: a, [k]: sample(k, field(k), 1, refs) } });
      expect([k, r.status, r.errors?.[0]?.message]).toEqual([k, 400, expect.stringContaining(`"${k}"`)]);
    }
  });

  it('is found by global search through each searchable field', async () => {
    const searchable = fieldKeys(def, (f) => f.search === true);
    // Each searchable field can be set by the create input, so this test can write a value to find.
    expect(searchable.filter((k) => !own.some(([o]) => o === k))).toEqual([]);
    for (const [n, k] of searchable.entries()) {
      const token = `zq${k.toLowerCase()}${Date.now().toString(36)}`;
      const f = field(k);
      const value = f.type === 'email' ? `${token}@example.com` : f.type === 'emailList' ? [`${token}@example.com`] : token;
      const made = await who().gqlOk<Record<string, Record<string, { id: string }>>>(`mutation($i: Create${G}Input!) { create${G}(input: $i) { ${def.name} { id } } }`, { i: { ...values(3 + n), [k]: value } });
      const id = made[`create${G}`]![def.name]!.id;
      // Addresses are searched when the term looks like one.
      const query = f.type === 'email' || f.type === 'emailList' ? `${token}@example.com` : token;
      const { search } = await who().gqlOk<{ search: { type: string; id: string }[] }>('query($q: String!) { search(query: $q, first: 20) { type id } }', { q: query });
      expect([k, search.filter((h) => h.id === id)]).toEqual([k, [{ type: def.name, id }]]);
    }
  });

  it('is a column of the CSV export when exported', async () => {
    const res = await who().get(`/api/v1/export/${plural}.csv?filter=${encodeURIComponent(JSON.stringify({ id: { eq: a } }))}`);
    expect(res.text.slice(1).split('\n')[0]!.split(',')).toEqual(exportKeys(def));
  });

  it(merged ? 'can be taken from the merged record when mergeable' : 'offers nothing to merge (the type is never merged)', async () => {
    if (!merged) {
      expect(mergeableKeys(def)).toEqual([]);
      return;
    }
    const choices = mergeableKeys(def).filter((k) => field(k).type !== 'reference');
    expect(choices.length).toBeGreaterThan(2);
    const taken = (await who().gqlOk<Record<string, Record<string, unknown>>>(`query($id: ID!) { ${def.name}(id: $id) { ${selection} } }`, { id: b }))[def.name]!;
    await who().gqlOk('mutation($i: MergeRecordsInput!) { mergeRecords(input: $i) { survivorId } }', {
      i: { objectType: def.name.toUpperCase(), survivorId: a, mergedIds: [b], fieldChoices: choices.map((f) => ({ field: f, fromId: b })) },
    });
    const r = await who().gqlOk<Record<string, Record<string, unknown>>>(`query($id: ID!) { ${def.name}(id: $id) { ${selection} } }`, { id: a });
    for (const k of choices.filter((k) => isOutput(field(k)))) expect([k, r[def.name]![k]]).toEqual([k, taken[k]]);
    // The merged record's values are the ones it was created with (the update-only ones at their defaults).
    for (const [k] of own.filter(([k, f]) => choices.includes(k) && isOutput(f))) expect([k, taken[k]]).toEqual([k, expected(field(k), values(1)[k])]);
  });
});
