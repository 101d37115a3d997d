/**
 * Every CSV export escapes cells a spreadsheet would run as a formula (OWASP CSV injection):
 * the sales list exports and the lead-import report, through the one shared writer.
 */
import { parse } from 'csv-parse/sync';
import { Role } from '@rapport/shared-domain';
import { LeadImportService } from '@rapport/leads-api';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

const api = useTestApi();
let admin: ApiClient;
beforeAll(async () => {
  const user = await api.ctx.newUser({ role: Role.Admin });
  admin = await api.signedIn(user.email);
});

const HYPERLINK = '=HYPERLINK("http://x")';

async function exportCsv(path: string) {
  const res = await admin.get(path);
  expect(res.status).toBe(200);
  const text = res.text.replace(/^\uFEFF/, '');
  return { text, rows: parse(text, { columns: true }) as Record<string, string>[] };
}
const byId = (id: string) => `filter=${encodeURIComponent(JSON.stringify({ id: { eq: id } }))}`;

describe('CSV exports escape formula cells', () => {
  it('prefixes an account named =HYPERLINK(…) with a quote, quoted as CSV requires, and keeps the rest intact', async () => {
    // An admin may configure any text as an industry, a formula included: the export still defuses it.
    for (const [list, value] of [['INDUSTRY', '@SUM(A1:A9)'], ['TERRITORY', 'North']]) {
      await admin.gqlOk('mutation($i: SavePicklistValueInput!) { savePicklistValue(input: $i) { value { value } } }', { i: { list, value } });
    }
    const { createAccount } = await admin.gqlOk<{ createAccount: { account: { id: string } } }>(
      `mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id } } }`,
      { i: { name: HYPERLINK, industry: '@SUM(A1:A9)', territory: 'North' } },
    );
    const id = createAccount.account.id;
    const { text, rows } = await exportCsv(`/api/v1/export/accounts.csv?${byId(id)}`);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, name: `'${HYPERLINK}`, industry: "'@SUM(A1:A9)", territory: 'North' });
  });

  it('escapes lead cells starting with + or - and leaves ordinary text alone', async () => {
    const { createLead } = await admin.gqlOk<{ createLead: { lead: { id: string } } }>(
      `mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id } } }`,
      { i: { firstName: 'Ada', lastName: '-2+3+cmd|/C calc!A0', company: '+SUM(1,2)', source: 'WEB', title: 'CEO' } },
    );
    const { rows } = await exportCsv(`/api/v1/export/leads.csv?${byId(createLead.lead.id)}`);
    expect(rows[0]).toMatchObject({ firstName: 'Ada', lastName: "'-2+3+cmd|/C calc!A0", company: "'+SUM(1,2)", title: 'CEO', score: expect.stringMatching(/^\d+$/) });
  });

  it('escapes the values an import file brought in, in the import report', async () => {
    const file = `Last name,Email\nGood,good@example.com\nBad,"${HYPERLINK.replace(/"/g, '""')}"\n`;
    const up = await admin.post('/api/v1/lead-imports').attach('file', Buffer.from(file), 'leads.csv');
    expect(up.status).toBe(201);
    const mapping = [
      { column: 'Last name', field: 'LAST_NAME' },
      { column: 'Email', field: 'EMAIL' },
    ];
    await admin.gqlOk(`mutation($i: StartLeadImportInput!) { startLeadImport(input: $i) { leadImport { id } } }`, {
      i: { importId: up.body.id, mapping, dedupPolicy: 'SKIP', routeLeads: false },
    });
    await api.app.get(LeadImportService).run(up.body.id, async () => undefined);
    const { rows } = await exportCsv(`/api/v1/lead-imports/${up.body.id}/report.csv`);
    expect(rows).toEqual([expect.objectContaining({ row: '3', column: 'Email', value: `'${HYPERLINK}`, kind: 'error' })]);
  });
});
