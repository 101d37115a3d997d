import { Role } from '@rapport/shared-domain';
import { ApiClient, pdfText } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Product names in the reader's language, like pipeline and stage names (docs/adr/0010): the
 * catalog answers `name` from Accept-Language (else the signed-in person's language), admins edit
 * the canonical name and its translations, and a quote line keeps the product's names as priced,
 * so the quote's PDF names each product in the quote's language.
 */
const api = useTestApi();

const unique = () => Math.random().toString(36).slice(2, 8);
const one = async (sql: string, p: unknown[] = []) => (await api.ctx.ds.query(sql, p))[0];

interface ProductRow {
  id: string;
  sku: string;
  name: string;
  canonicalName: string;
  names: Record<string, string>;
}
const FIELDS = 'id sku name canonicalName names';
const SAVE = `mutation($i: SaveProductInput!) { saveProduct(input: $i) { product { ${FIELDS} } } }`;
const PRODUCTS = `query($s: String) { products(search: $s) { ${FIELDS} } }`;

async function newClient(role: Role, locale: 'en' | 'zh-CN' | 'zh-TW' = 'en') {
  const user = await api.ctx.newUser({ role, locale });
  return { user, client: await api.signedIn(user.email) };
}

async function saveProduct(admin: ApiClient, input: Record<string, unknown>, language: string | null = null): Promise<ProductRow> {
  return (await admin.gqlOkIn<{ saveProduct: { product: ProductRow } }>(language, SAVE, { i: { unit: 'seat', active: true, ...input } })).saveProduct.product;
}

async function productIn(client: ApiClient, language: string | null, sku: string): Promise<ProductRow> {
  const { products } = await client.gqlOkIn<{ products: ProductRow[] }>(language, PRODUCTS, { s: sku });
  expect(products).toHaveLength(1);
  return products[0];
}

async function pdfOf(client: ApiClient, quoteId: string, lang?: string): Promise<string[]> {
  const res = await client
    .get(`/api/v1/quotes/${quoteId}.pdf${lang ? `?lang=${lang}` : ''}`)
    .buffer(true)
    .parse((r, cb) => {
      const parts: Buffer[] = [];
      r.on('data', (c: Buffer) => parts.push(c));
      r.on('end', () => cb(null, Buffer.concat(parts)));
    });
  expect(res.status).toBe(200);
  return pdfText(res.body as Buffer);
}

describe('product names in the reader’s language', () => {
  it('the catalog answers each language its own name; no header means the signed-in person’s language', async () => {
    const { client: admin } = await newClient(Role.Admin);
    const sku = `SEAT-${unique()}`;
    await saveProduct(admin, { sku, name: 'Cloud seat (year)', names: { 'zh-CN': '云座席（年）', 'zh-TW': '雲端使用者授權（年）' } });

    const { client: rep } = await newClient(Role.SalesRep, 'zh-TW');
    expect(await productIn(rep, 'zh-CN', sku)).toMatchObject({ name: '云座席（年）', canonicalName: 'Cloud seat (year)', names: { 'zh-CN': '云座席（年）', 'zh-TW': '雲端使用者授權（年）' } });
    expect((await productIn(rep, 'zh-TW,zh;q=0.9', sku)).name).toBe('雲端使用者授權（年）');
    expect((await productIn(rep, 'en-US,en;q=0.9', sku)).name).toBe('Cloud seat (year)');
    // No header, or one naming nothing we translate into: the rep's stored language.
    expect((await productIn(rep, null, sku)).name).toBe('雲端使用者授權（年）');
    expect((await productIn(rep, 'fr-FR', sku)).name).toBe('雲端使用者授權（年）');

    // A reader finds the product by the name they see.
    const { products } = await rep.gqlOkIn<{ products: ProductRow[] }>('zh-TW', PRODUCTS, { s: '使用者授權（年）' });
    expect(products.map((p) => p.sku)).toContain(sku);
  });

  it('a product without a translation for the reader shows its canonical name, never the other script', async () => {
    const { client: admin } = await newClient(Role.Admin);
    const sku = `KIOSK-${unique()}`;
    await saveProduct(admin, { sku, name: 'Service kiosk', names: { 'zh-CN': '服务终端' } });
    const { client: rep } = await newClient(Role.SalesRep);
    expect((await productIn(rep, 'zh-TW', sku)).name).toBe('Service kiosk');
  });
});

describe('admins edit product names and translations', () => {
  it('round trip: create with translations, rename, clear one, keep them when omitted; audited', async () => {
    const { user, client: admin } = await newClient(Role.Admin);
    const sku = `PORTAL-${unique()}`;
    const created = await saveProduct(admin, { sku, name: '  Self-service portal ', names: { 'zh-TW': ' 自助服務入口網站 ', 'zh-CN': '自助服务门户', en: '' } }, 'zh-CN');
    expect(created).toMatchObject({ name: '自助服务门户', canonicalName: 'Self-service portal', names: { 'zh-CN': '自助服务门户', 'zh-TW': '自助服務入口網站' } });
    // Stored normalised: trimmed, blanks dropped, locales in order.
    expect(Object.keys((await one(`SELECT names FROM product WHERE id = $1`, [created.id])).names)).toEqual(['zh-CN', 'zh-TW']);

    const renamed = await saveProduct(admin, { id: created.id, sku, name: 'Customer portal', names: { 'zh-CN': '客户门户', 'zh-TW': '' } }, 'zh-TW');
    expect(renamed).toMatchObject({ name: 'Customer portal', canonicalName: 'Customer portal', names: { 'zh-CN': '客户门户' } });

    // Saving the other fields without `names` keeps the translations.
    const kept = await saveProduct(admin, { id: created.id, sku, name: 'Customer portal', unit: 'each' });
    expect(kept.names).toEqual({ 'zh-CN': '客户门户' });

    const audits = await api.ctx.ds.query(`SELECT actor_id, action, changes FROM audit_log WHERE entity_type = 'product' AND entity_id = $1 ORDER BY at, id`, [created.id]);
    expect(audits.map((a: { action: string }) => a.action)).toEqual(['create', 'update', 'update']);
    expect(audits[1].actor_id).toBe(user.id);
    expect(audits[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'name', from: 'Self-service portal', to: 'Customer portal' },
        { field: 'names', from: { 'zh-CN': '自助服务门户', 'zh-TW': '自助服務入口網站' }, to: { 'zh-CN': '客户门户' } },
      ]),
    );
    expect(audits[2].changes.map((c: { field: string }) => c.field)).toEqual(['unit']);
  });

  it('refuses bad names and translations field by field, keyed, and stores nothing', async () => {
    const { client: admin } = await newClient(Role.Admin);
    const sku = `TRAIN-${unique()}`;
    const product = await saveProduct(admin, { sku, name: 'Training day', names: { 'zh-CN': '培训（人天）' } });

    const bad = await admin.gql(SAVE, { i: { id: product.id, sku, name: 'Training day', unit: 'day', active: true, names: { fr: 'Formation', 'zh-CN': '培'.repeat(81), 'zh-TW': 7 } } });
    expect(bad.status).toBe(200); // a resolver's error: GraphQL answers 200 with `errors` (graphql-http-status.ts)
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const fields = bad.errors?.[0].extensions?.fields as { path: string; message: string; messageKey?: string; params?: Record<string, unknown> }[];
    expect(fields.map((f) => [f.path, f.message, f.messageKey])).toEqual([
      ['input.names.fr', 'must be one of: en, zh-CN, zh-TW', 'validation.isIn'],
      ['input.names.zh-CN', 'must be at most 80 characters', 'validation.maxLength'],
      ['input.names.zh-TW', 'must be text', 'validation.isString'],
    ]);
    expect(fields[1].params).toEqual({ max: 80 });

    const blank = await admin.gql(SAVE, { i: { id: product.id, sku, name: '   ', unit: 'day', active: true } });
    expect(blank.errors?.[0].extensions?.fields?.map((f) => [f.path, (f as { messageKey?: string }).messageKey])).toEqual([['input.name', 'validation.isLength']]);
    // The canonical name keeps to the same length as every configured name.
    const long = await admin.gql(SAVE, { i: { id: product.id, sku, name: 'x'.repeat(81), unit: 'day', active: true } });
    expect(long.errors?.[0].extensions?.fields?.map((f) => [f.path, (f as { messageKey?: string }).messageKey])).toEqual([['input.name', 'validation.isLength']]);
    // What the edge refuses before anything runs (a NUL byte inside a translation) is a 400, keyed too.
    const nul = await admin.gql(SAVE, { i: { id: product.id, sku, name: 'Training day', unit: 'day', active: true, names: { 'zh-TW': '教育\u0000訓練' } } });
    expect(nul.status).toBe(400);
    expect(nul.errors?.[0].extensions?.fields?.map((f) => [f.path, (f as { messageKey?: string }).messageKey])).toEqual([['input.names.zh-TW', 'validation.nul']]);
    const nulled = await admin.gql(SAVE, { i: { id: product.id, sku, name: 'Training day', unit: 'day', active: true, names: null } });
    expect(nulled.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');

    expect(await one(`SELECT name, names FROM product WHERE id = $1`, [product.id])).toEqual({ name: 'Training day', names: { 'zh-CN': '培训（人天）' } });

    // Only those who may write the catalog edit names.
    const { client: rep } = await newClient(Role.SalesRep);
    const refused = await rep.gql(SAVE, { i: { id: product.id, sku, name: 'Training day', unit: 'day', active: true, names: { 'zh-TW': '教育訓練' } } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('quote lines and the quote PDF', () => {
  async function quoteSetup() {
    const team = await api.ctx.newTeam();
    const rep = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id, locale: 'en' });
    const { client: admin } = await newClient(Role.Admin);
    const seat = await saveProduct(admin, { sku: `SEAT-${unique()}`, name: 'Cloud seat', names: { 'zh-CN': '云座席', 'zh-TW': '雲端使用者授權' } });
    const kiosk = await saveProduct(admin, { sku: `KIOSK-${unique()}`, name: 'Service kiosk', names: { 'zh-CN': '服务终端' } });
    await api.ctx.newPriceBook({
      name: 'Standard',
      kind: 'standard',
      currency: 'CNY',
      prices: [
        { productId: seat.id, unitPrice: 1000 },
        { productId: kiosk.id, unitPrice: 5000 },
      ],
    });
    const account = await api.ctx.newAccount({ name: `Acme ${unique()}`, owner: rep });
    const opp = await api.ctx.newOpportunity({ name: 'Seats', accountId: account.id, amount: '1', owner: rep });
    return { admin, seat, kiosk, opportunityId: opp.id, rep: await api.signedIn(rep.email) };
  }

  it('a zh-CN quote’s PDF names its products in zh-CN; each language prints its own, and the canonical name without one', async () => {
    const { rep, seat, kiosk, opportunityId } = await quoteSetup();
    const { createQuote } = await rep.gqlOk<{ createQuote: { quote: { id: string } } }>(`mutation($i: CreateQuoteInput!) { createQuote(input: $i) { quote { id } } }`, {
      i: { opportunityId, language: 'zh-CN', lines: [{ productId: seat.id, quantity: 3 }, { productId: kiosk.id, quantity: 1 }] },
    });
    const id = createQuote.quote.id;

    // The quote's own language: the customer reads Simplified Chinese, whatever the rep's UI says.
    const zhCN = await pdfOf(rep, id);
    expect(zhCN).toEqual(expect.arrayContaining(['报价单', '云座席', '服务终端']));
    expect(zhCN).not.toContain('Cloud seat');

    const zhTW = await pdfOf(rep, id, 'zh-TW');
    expect(zhTW).toEqual(expect.arrayContaining(['報價單', '雲端使用者授權']));
    // No zh-TW translation: the canonical name, not the Simplified one.
    expect(zhTW).toContain('Service kiosk');
    expect(zhTW).not.toContain('服务终端');

    const en = await pdfOf(rep, id, 'en');
    expect(en).toEqual(expect.arrayContaining(['Quotation', 'Cloud seat', 'Service kiosk']));

    // The screens read the lines in the reader's language, like the catalog.
    const q = 'query($id: ID!) { quote(id: $id) { lines { productName } } }';
    const lines = async (language: string) => (await rep.gqlOkIn<{ quote: { lines: { productName: string }[] } }>(language, q, { id })).quote.lines.map((l) => l.productName);
    expect(await lines('zh-TW')).toEqual(['雲端使用者授權', 'Service kiosk']);
    expect(await lines('en')).toEqual(['Cloud seat', 'Service kiosk']);
  });

  it('a line keeps the names it was priced with: renaming the product later does not change the sent quote', async () => {
    const { admin, rep, seat, opportunityId } = await quoteSetup();
    const { createQuote } = await rep.gqlOk<{ createQuote: { quote: { id: string } } }>(`mutation($i: CreateQuoteInput!) { createQuote(input: $i) { quote { id } } }`, {
      i: { opportunityId, language: 'zh-TW', lines: [{ productId: seat.id, quantity: 1 }] },
    });
    await saveProduct(admin, { id: seat.id, sku: seat.sku, name: 'Cloud licence', names: { 'zh-CN': '云许可', 'zh-TW': '雲端授權' } });
    const pdf = await pdfOf(rep, createQuote.quote.id);
    expect(pdf).toContain('雲端使用者授權');
    expect(pdf).not.toContain('雲端授權');
    expect(await one(`SELECT product_name, product_names FROM quote_line WHERE quote_id = $1`, [createQuote.quote.id])).toEqual({
      product_name: 'Cloud seat',
      product_names: { 'zh-CN': '云座席', 'zh-TW': '雲端使用者授權' },
    });
  });
});
