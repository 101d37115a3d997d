import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Exchange rates (issue 14, docs/adr/0014): admins record a rate per currency and day; campaign
 * cost and return are converted at the rate of each amount's day, into the campaign's currency (its
 * ROI) or the report's (the dashboard). Expectations computed by hand below.
 */
const api = useTestApi();
let admin: ApiClient;
let marketer: ApiClient;
const T0 = new Date('2026-06-01T00:00:00Z');
const daysBefore = (days: number) => new Date(T0.getTime() - days * 86_400_000);
const SET = 'mutation($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { exchangeRate { currency validFrom rate } } }';
let cny = '';
let eur = '';

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  for (const input of [
    { currency: 'USD', validFrom: '2026-01-01', rate: '7' },
    { currency: 'USD', validFrom: '2026-06-01', rate: '8' },
    { currency: 'EUR', validFrom: '2026-01-01', rate: '9' },
  ]) await admin.gqlOk(SET, { input });

  // A campaign in CNY: 1,000 CNY; 100 USD at 7 (700); 100 USD at 8 (800); 50 GBP, which has no rate.
  cny = (await api.ctx.newCampaign({ name: 'Counted in yuan' })).id;
  for (const [incurredOn, amount, currency] of [['2026-02-01', '1000.00', 'CNY'], ['2026-03-01', '100.00', 'USD'], ['2026-07-01', '100.00', 'USD'], ['2026-07-01', '50.00', 'GBP']]) {
    await api.ctx.insertRow('campaign_cost', { campaignId: cny, incurredOn, category: 'Mixed', amount, currency });
  }
  // Its only return: a deal of 1,000 USD won on 2026-06-01 (rate 8), which it alone touched.
  const a = await api.ctx.newAccount({});
  const contact = await api.ctx.newContact({ accountId: a.id });
  await api.ctx.insertRow('campaign_member', { campaignId: cny, contactId: contact.id, status: 'responded', respondedAt: daysBefore(10) });
  await api.ctx.newOpportunity({ accountId: a.id, amount: '1000.00', currency: 'USD', stageName: 'Closed Won', createdAt: T0, closedAt: T0 });

  // A campaign in EUR: 100 USD on 2026-07-01 is 100 × 8 / 9 = 88.888… EUR; a won deal of 900 CNY is 100 EUR.
  eur = (await api.ctx.newCampaign({ name: 'Counted in euros', currency: 'EUR' })).id;
  await api.ctx.insertRow('campaign_cost', { campaignId: eur, incurredOn: '2026-07-01', category: 'Media', amount: '100.00', currency: 'USD' });
  const b = await api.ctx.newAccount({});
  const other = await api.ctx.newContact({ accountId: b.id });
  await api.ctx.insertRow('campaign_member', { campaignId: eur, contactId: other.id, status: 'responded', respondedAt: daysBefore(5) });
  await api.ctx.newOpportunity({ accountId: b.id, amount: '900.00', currency: 'CNY', stageName: 'Closed Won', createdAt: T0, closedAt: T0 });
});

type Roi = { currency: string; missingRates: string[]; actualCost: number; wonAmount: number; roi: number | null };
const roiOf = async (id: string) =>
  (await marketer.gqlOk<{ campaign: { roi: Roi; totals: { actualCost: number } } }>(`query($id: ID!) { campaign(id: $id) { totals { actualCost } roi(model: EVEN) { currency missingRates actualCost wonAmount roi } } }`, { id })).campaign;

it('converts a campaign’s costs and won deals into its currency at the rate of each day, and names the currencies without a rate', async () => {
  const yuan = await roiOf(cny);
  expect(yuan.totals.actualCost).toBe(2500);
  expect(yuan.roi).toEqual({ currency: 'CNY', missingRates: ['GBP'], actualCost: 2500, wonAmount: 8000, roi: 2.2 });
  const euro = await roiOf(eur);
  expect(euro.totals.actualCost).toBe(88.89);
  expect(euro.roi).toMatchObject({ currency: 'EUR', actualCost: 88.89, wonAmount: 100 });
});

it('reports every campaign in the currency asked for', async () => {
  type Row = { campaign: { id: string }; actualCost: number; wonAmount: number; budget: number };
  const report = async (currency: string) =>
    (await marketer.gqlOk<{ marketingReport: { currency: string; campaigns: Row[] } }>(`query($c: String!) { marketingReport(currency: $c) { currency campaigns { campaign { id } actualCost wonAmount budget } } }`, { c: currency })).marketingReport;
  const inEuro = await report('EUR');
  expect(inEuro.currency).toBe('EUR');
  // 1,000 CNY / 9 + 100 USD × 7 / 9 + 100 USD × 8 / 9 = 111.11… + 77.77… + 88.88… = 277.78; the deal 1,000 × 8 / 9 = 888.89.
  expect(inEuro.campaigns.find((r) => r.campaign.id === cny)).toMatchObject({ actualCost: 277.78, wonAmount: 888.89 });
  expect(inEuro.campaigns.find((r) => r.campaign.id === eur)).toMatchObject({ actualCost: 88.89, wonAmount: 100 });
  const inYuan = await report('CNY');
  expect(inYuan.campaigns.find((r) => r.campaign.id === eur)).toMatchObject({ actualCost: 800, wonAmount: 900 });
  const bad = await marketer.gql(`{ marketingReport(currency: "euro") { currency } }`);
  expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'currency', message: 'Use a 3-letter currency code such as CNY.' }] });
});

it('lets admins record and correct rates, refuses nonsense clearly, and keeps the base at 1', async () => {
  const corrected = await admin.gqlOk<{ setExchangeRate: { exchangeRate: { rate: string } } }>(SET, { input: { currency: 'EUR', validFrom: '2026-01-01', rate: '9.0000' } });
  expect(corrected.setExchangeRate.exchangeRate.rate).toBe('9');
  const { exchangeRates } = await marketer.gqlOk<{ exchangeRates: { currency: string; validFrom: string; rate: string }[] }>(`{ exchangeRates { currency validFrom rate } }`);
  expect(exchangeRates.filter((r) => r.currency !== 'JPY')).toEqual(
    expect.arrayContaining([{ currency: 'CNY', validFrom: '1900-01-01', rate: '1' }, { currency: 'USD', validFrom: '2026-06-01', rate: '8' }, { currency: 'USD', validFrom: '2026-01-01', rate: '7' }]),
  );
  for (const [input, path] of [
    [{ currency: 'usd', validFrom: '2026-01-01', rate: '7' }, 'input.currency'],
    [{ currency: 'USD', validFrom: '2026-02-30', rate: '7' }, 'input.validFrom'],
    [{ currency: 'USD', validFrom: '2026-01-01', rate: '0' }, 'input.rate'],
    [{ currency: 'USD', validFrom: '2026-01-01', rate: '-1' }, 'input.rate'],
    [{ currency: 'USD', validFrom: '2026-01-01', rate: '1e5' }, 'input.rate'],
    [{ currency: 'CNY', validFrom: '2026-01-01', rate: '2' }, 'input.currency'],
  ] as const) {
    const res = await admin.gql(SET, { input });
    expect({ input, error: res.errors?.[0]?.extensions?.code, path: res.errors?.[0]?.extensions?.fields?.[0]?.path }).toEqual({ input, error: 'VALIDATION_FAILED', path });
  }
  const denied = await marketer.gql(SET, { input: { currency: 'USD', validFrom: '2026-01-01', rate: '1' } });
  expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const removed = await admin.gqlOk<{ removeExchangeRate: { removed: boolean } }>(`mutation { removeExchangeRate(input: { currency: "EUR", validFrom: "2026-01-01" }) { removed } }`);
  expect(removed.removeExchangeRate.removed).toBe(true);
  const again = await admin.gqlOk<{ removeExchangeRate: { removed: boolean } }>(`mutation { removeExchangeRate(input: { currency: "EUR", validFrom: "2026-01-01" }) { removed } }`);
  expect(again.removeExchangeRate.removed).toBe(false);
  // Without a EUR rate the euro campaign's figures cannot be converted, and it says so.
  expect((await roiOf(eur)).roi.missingRates).toEqual(['EUR', 'GBP']);
});

it('follows the catalog’s permissions for every role: admins write, the others who read the catalog read, portal users neither', async () => {
  const expected: [Role, { read: boolean; write: boolean }][] = [
    [Role.Admin, { read: true, write: true }],
    [Role.SalesManager, { read: true, write: false }],
    [Role.SalesRep, { read: true, write: false }],
    [Role.Marketer, { read: true, write: false }],
    [Role.ServiceManager, { read: true, write: false }],
    [Role.ServiceAgent, { read: true, write: false }],
  ];
  for (const [role, may] of expected) {
    const client = await api.signedIn((await api.ctx.newUser({ role })).email);
    const read = await client.gql(`{ exchangeRates { currency } }`);
    const write = await client.gql(SET, { input: { currency: 'JPY', validFrom: '2026-03-01', rate: '0.05' } });
    expect({ role, read: !read.errors, write: !write.errors }).toEqual({ role, ...may });
    if (!may.write) expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
});
