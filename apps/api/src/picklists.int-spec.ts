import { randomUUID } from 'node:crypto';
import { Role } from '@rapport/shared-domain';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Picklists (docs/adr/0018-picklists.md): an account's industry and territory and a product's line
 * come from configured value lists with translations. Writes take only configured values (or keep
 * the one a record has), labels follow the reader's language, and only administrators change lists.
 */
const api = useTestApi();

const SAVE = 'mutation($i: SavePicklistValueInput!) { savePicklistValue(input: $i) { value { value label names position active } } }';
const LISTS = '{ picklists { name title values { value label names position active } } }';
type Lists = { picklists: { name: string; title: string; values: { value: string; label: string; names: Record<string, string>; position: number; active: boolean }[] }[] };
type FieldErrors = { path: string; message: string; messageKey?: string }[];

const fieldsOf = (r: { errors?: { extensions?: { fields?: unknown } }[] }) => (r.errors?.[0]?.extensions?.fields ?? []) as FieldErrors;

async function client(role: Role): Promise<{ id: string; client: ApiClient }> {
  const user = await api.ctx.newUser({ role });
  return { id: user.id, client: await api.signedIn(user.email) };
}

/** A value no other test uses, so files sharing the database do not meet. */
const unique = (name: string) => `${name} ${randomUUID().slice(0, 8)}`;

describe('picklists', () => {
  it('an admin adds a value with translations; each reader sees it in their language; the audit log has it', async () => {
    const { client: admin } = await client(Role.Admin);
    const value = unique('Semiconductors');
    const saved = await admin.gqlOk<{ savePicklistValue: { value: { value: string; names: Record<string, string>; active: boolean } } }>(SAVE, {
      i: { list: 'INDUSTRY', value: `  ${value} `, names: { 'zh-CN': '半导体', 'zh-TW': '半導體', en: ' ' } },
    });
    expect(saved.savePicklistValue.value).toMatchObject({ value, names: { 'zh-CN': '半导体', 'zh-TW': '半導體' }, active: true });

    const { client: rep } = await client(Role.SalesRep);
    const inList = (d: Lists, name: string) => d.picklists.find((p) => p.name === name)!.values.find((v) => v.value === value);
    expect(inList(await rep.gqlOkIn<Lists>('zh-CN', LISTS), 'INDUSTRY')?.label).toBe('半导体');
    expect(inList(await rep.gqlOkIn<Lists>('zh-TW', LISTS), 'INDUSTRY')?.label).toBe('半導體');
    expect(inList(await rep.gqlOkIn<Lists>('en', LISTS), 'INDUSTRY')?.label).toBe(value);
    expect(inList(await rep.gqlOkIn<Lists>('en', LISTS), 'TERRITORY')).toBeUndefined();

    const audit = await api.ctx.ds.query(`SELECT action, changes FROM audit_log WHERE entity_type = 'picklist' AND changes @> $1::jsonb`, [JSON.stringify([{ field: 'value', to: value }])]);
    expect(audit).toHaveLength(1);
    expect(audit[0].action).toBe('create');
  });

  it('an account takes only configured values, keeps a retired one it has, and refuses the rest with a clear message', async () => {
    const { client: admin } = await client(Role.Admin);
    const [energy, retired] = [unique('Energy'), unique('Coal')];
    for (const v of [energy, retired]) await admin.gqlOk(SAVE, { i: { list: 'INDUSTRY', value: v } });
    const { id: repId, client: rep } = await client(Role.SalesRep);
    const create = 'mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id industry } } }';
    const made = await rep.gqlOk<{ createAccount: { account: { id: string; industry: string } } }>(create, { i: { name: unique('Picklist Co'), industry: retired, ownerId: repId } });
    expect(made.createAccount.account.industry).toBe(retired);

    const refused = await rep.gql(create, { i: { name: unique('Typo Co'), industry: 'Enregy' } });
    expect(refused.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const [problem] = fieldsOf(refused);
    expect(problem.path).toBe('input.industry');
    expect(problem.messageKey).toBe('picklists.choose');
    // The first configured values are named (the defaults come first; the list may be long).
    expect(problem.message).toMatch(/^Choose one of the configured values \(Agriculture, .*\)\.$/);

    // Retired: new records cannot take it, the account that has it keeps it through other edits.
    await admin.gqlOk(SAVE, { i: { list: 'INDUSTRY', value: retired, active: false } });
    const again = await rep.gql(create, { i: { name: unique('Late Co'), industry: retired } });
    expect(fieldsOf(again).map((f) => f.path)).toEqual(['input.industry']);
    const update = 'mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { account { industry territory website } } }';
    const id = made.createAccount.account.id;
    const kept = await rep.gqlOk<{ updateAccount: { account: { industry: string; website: string } } }>(update, { i: { id, industry: retired, website: 'https://coal.example' } });
    expect(kept.updateAccount.account).toMatchObject({ industry: retired, website: 'https://coal.example' });
    // Moving to a configured value, clearing, and a territory nobody configured.
    expect((await rep.gqlOk<{ updateAccount: { account: { industry: string } } }>(update, { i: { id, industry: energy } })).updateAccount.account.industry).toBe(energy);
    expect((await rep.gqlOk<{ updateAccount: { account: { industry: string | null } } }>(update, { i: { id, industry: null } })).updateAccount.account.industry).toBeNull();
    const territory = await rep.gql(update, { i: { id, territory: unique('Atlantis') } });
    expect(fieldsOf(territory).map((f) => f.path)).toEqual(['input.territory']);
    // Once retired it is gone from the record, so it cannot come back to it either.
    expect(fieldsOf(await rep.gql(update, { i: { id, industry: retired } })).map((f) => f.path)).toEqual(['input.industry']);
  });

  it('a product line and a discount tolerance name a configured line', async () => {
    const { client: admin } = await client(Role.Admin);
    const line = unique('robotics');
    await admin.gqlOk(SAVE, { i: { list: 'PRODUCT_LINE', value: line, names: { 'zh-CN': '机器人' } } });
    const saveProduct = 'mutation($i: SaveProductInput!) { saveProduct(input: $i) { product { id productLine } } }';
    const base = { sku: unique('ROBO').replace(' ', '-'), name: 'Robot arm', unit: 'each', active: true };
    const bad = await admin.gql(saveProduct, { i: { ...base, productLine: 'robtics' } });
    expect(fieldsOf(bad).map((f) => [f.path, f.messageKey])).toEqual([['input.productLine', 'picklists.choose']]);
    const ok = await admin.gqlOk<{ saveProduct: { product: { productLine: string } } }>(saveProduct, { i: { ...base, productLine: line } });
    expect(ok.saveProduct.product.productLine).toBe(line);

    const tolerance = 'mutation($i: SaveDiscountToleranceInput!) { saveDiscountTolerance(input: $i) { discountTolerance { productLine } } }';
    const unknown = await admin.gql(tolerance, { i: { role: 'sales_rep', productLine: unique('nothing'), maxDiscountPercent: 3 } });
    expect(unknown.errors).toBeDefined();
    expect(fieldsOf(unknown).map((f) => f.path)).toEqual(['input.productLine']);
    const rule = await admin.gqlOk<{ saveDiscountTolerance: { discountTolerance: { productLine: string } } }>(tolerance, { i: { role: 'sales_rep', productLine: line, maxDiscountPercent: 3 } });
    expect(rule.saveDiscountTolerance.discountTolerance.productLine).toBe(line);
  });

  it('only administrators change lists; bad values are refused field by field', async () => {
    for (const role of [Role.SalesManager, Role.SalesRep, Role.Marketer, Role.ServiceAgent]) {
      const { client: other } = await client(role);
      const refused = await other.gql(SAVE, { i: { list: 'TERRITORY', value: unique('Mars') } });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      // Everyone reads them: they label what every screen shows.
      expect((await other.gqlOk<Lists>(LISTS)).picklists.map((p) => p.name)).toEqual(['INDUSTRY', 'TERRITORY', 'PRODUCT_LINE']);
    }
    const { client: admin } = await client(Role.Admin);
    const bad = await admin.gql(SAVE, { i: { list: 'TERRITORY', value: '   ', names: { fr: 'Nord', 'zh-CN': 'x'.repeat(81) } } });
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(bad).map((f) => f.path).sort()).toEqual(['input.names.fr', 'input.names.zh-CN', 'input.value']);
    // The input's own checks answer first (a negative position never reaches the service).
    expect(fieldsOf(await admin.gql(SAVE, { i: { list: 'TERRITORY', value: 'North', position: -1 } })).map((f) => f.path)).toEqual(['input.position']);
    const wrongList = await admin.gql(SAVE, { i: { list: 'COLOUR', value: 'Red' } });
    expect(wrongList.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(wrongList.data ?? null).toBeNull();
  });

  it('the record catalogue names the list and offers its active values', async () => {
    const { client: admin } = await client(Role.Admin);
    const [on, off] = [unique('Aerospace'), unique('Whaling')];
    await admin.gqlOk(SAVE, { i: { list: 'INDUSTRY', value: on } });
    await admin.gqlOk(SAVE, { i: { list: 'INDUSTRY', value: off, active: false } });
    const { recordTypes } = await admin.gqlOk<{ recordTypes: { fields: { name: string; picklist: string | null; enumValues: string[] }[] }[] }>(
      '{ recordTypes(names: ["account"]) { fields { name picklist enumValues } } }',
    );
    const industry = recordTypes[0].fields.find((f) => f.name === 'industry')!;
    expect(industry.picklist).toBe('industry');
    expect(industry.enumValues).toContain(on);
    expect(industry.enumValues).not.toContain(off);
    expect(recordTypes[0].fields.find((f) => f.name === 'name')!.picklist).toBeNull();
  });
});
