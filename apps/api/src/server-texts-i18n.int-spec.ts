import { parse } from 'csv-parse/sync';
import { Role } from '@rapport/shared-domain';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { LeadImportService } from '@rapport/leads-api';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * The last texts the server wrote in English only: the import report's reasons (keys for the
 * screen, the CSV in the reader's language), the pages a browser gets after posting a web form,
 * and GraphQL requests refused before they ran. English stays for integrators throughout.
 */
const api = useTestApi();
const unique = () => Math.random().toString(36).slice(2, 10);

describe('the lead import report', () => {
  const START = `mutation($i: StartLeadImportInput!) { startLeadImport(input: $i) { leadImport { id } } }`;
  const PROBLEMS = `query($id: ID!) { leadImport(id: $id) { status error errorKey errorParams problems(first: 50) { totalCount edges { node { row column value reason reasonKey reasonParams kind } } } } }`;
  type Problem = { row: number; column: string | null; value: string | null; reason: string; reasonKey: string | null; reasonParams: Record<string, unknown> | null; kind: string };
  type State = { status: string; error: string | null; errorKey: string | null; errorParams: Record<string, unknown> | null; problems: { totalCount: number; edges: { node: Problem }[] } };

  let importer: ApiClient;
  let importerId: string;
  beforeAll(async () => {
    // A Taiwan marketer: their saved language is what a download without ?lang= falls back to.
    const user = await api.ctx.newUser({ role: Role.Marketer, locale: 'zh-TW' } as never);
    importerId = user.id;
    importer = await api.signedIn(user.email);
  });

  async function importCsv(csv: string, run = true): Promise<string> {
    const up = await importer.post('/api/v1/lead-imports').attach('file', Buffer.from(csv), 'leads.csv');
    expect(up.status).toBe(201);
    const mapping = (up.body.suggestedMapping as { column: string; field: string }[]).map((m) => ({ column: m.column, field: m.field.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() }));
    await importer.gqlOk(START, { i: { importId: up.body.id, mapping, dedupPolicy: 'SKIP', routeLeads: false } });
    if (run) await api.app.get(LeadImportService).run(up.body.id, async () => undefined);
    return up.body.id as string;
  }
  const state = async (id: string) => (await importer.gqlOk<{ leadImport: State }>(PROBLEMS, { id })).leadImport;
  const csvLines = (text: string) => parse(text.replace(/^\uFEFF/, ''), { columns: true }) as { row: string; column: string; value: string; reason: string; kind: string }[];
  const reasonsByRow = (text: string) => Object.fromEntries(csvLines(text).map((l) => [`${l.row} ${l.column}`, l.reason]));

  let id: string;
  const existing = `known-${unique()}@example.com`;
  beforeAll(async () => {
    await api.ctx.newLead({ lastName: 'Known', source: 'web', email: existing, ownerId: importerId });
    const mei = `mei-${unique()}@example.com`;
    id = await importCsv(
      [
        'First,Last,Email,Employees',
        `Mei,Lin,${mei},12`,
        'Bo,,bo@,many',
        `Mei,Lin,${mei},`,
        `Old,Customer,${existing},`,
        `Long,${'x'.repeat(101)},,`,
      ].join('\n'),
    );
  });

  it('gives every reason its catalogue key and params over GraphQL, and keeps the English', async () => {
    const s = await state(id);
    const nodes = s.problems.edges.map((e) => e.node);
    expect(nodes).toEqual([
      { row: 3, column: 'Last', value: null, reason: 'A last name or a company is required.', reasonKey: 'leads.importRowNameOrCompany', reasonParams: null, kind: 'ERROR' },
      { row: 3, column: 'Email', value: 'bo@', reason: 'Not a valid email address.', reasonKey: 'leads.importRowEmail', reasonParams: null, kind: 'ERROR' },
      { row: 3, column: 'Employees', value: 'many', reason: 'Not a whole number of employees.', reasonKey: 'leads.importRowEmployees', reasonParams: null, kind: 'ERROR' },
      { row: 4, column: 'Email', value: expect.stringMatching(/^mei-/), reason: 'Same email address as row 2; skipped.', reasonKey: 'leads.importDuplicateRowEmail', reasonParams: { row: 2 }, kind: 'DUPLICATE' },
      { row: 5, column: 'Email', value: existing, reason: 'A lead with this email address already exists; skipped.', reasonKey: 'leads.importDuplicateLeadEmail', reasonParams: null, kind: 'DUPLICATE' },
      { row: 6, column: 'Last', value: expect.stringMatching(/^x{97}…$/), reason: 'Longer than 100 characters.', reasonKey: 'leads.importRowTooLong', reasonParams: { max: 100 }, kind: 'ERROR' },
    ]);
  });

  it('writes the CSV in the language asked for, else the request’s, else the person’s saved one; the other columns stay as they are', async () => {
    // Saved language: zh-TW.
    const saved = await importer.get(`/api/v1/lead-imports/${id}/report.csv`);
    expect(saved.status).toBe(200);
    expect(reasonsByRow(saved.text)).toMatchObject({
      '3 Last': '必須填寫姓氏或公司。',
      '3 Email': '不是有效的電子郵件地址。',
      '4 Email': '電子郵件地址與第 2 列相同；已略過。',
      '5 Email': '已有使用此電子郵件地址的潛在客戶；已略過。',
      '6 Last': '超過 100 個字元。',
    });
    expect(csvLines(saved.text).map((l) => [l.row, l.column, l.kind])).toEqual([
      ['3', 'Last', 'error'],
      ['3', 'Email', 'error'],
      ['3', 'Employees', 'error'],
      ['4', 'Email', 'duplicate'],
      ['5', 'Email', 'duplicate'],
      ['6', 'Last', 'error'],
    ]);
    // Asked for: the SPA sends its language; a browser's Accept-Language beats the saved one.
    expect(reasonsByRow((await importer.get(`/api/v1/lead-imports/${id}/report.csv?lang=zh-CN`)).text)['4 Email']).toBe('邮箱地址与第 2 行相同；已跳过。');
    expect(reasonsByRow((await importer.get(`/api/v1/lead-imports/${id}/report.csv?lang=en`).set('Accept-Language', 'zh-CN')).text)['4 Email']).toBe('Same email address as row 2; skipped.');
    expect(reasonsByRow((await importer.get(`/api/v1/lead-imports/${id}/report.csv`).set('Accept-Language', 'zh-CN,en;q=0.5')).text)['3 Employees']).toBe('员工人数不是整数。');
    const bad = await importer.get(`/api/v1/lead-imports/${id}/report.csv?lang=fr`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'lang' }] });
  });

  it('gives a script with an API key English unless it asks, whatever the language of the key’s person', async () => {
    const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
    const { createApiKey } = await admin.gqlOk<{ createApiKey: { secret: string } }>('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }', {
      i: { name: `report-${unique()}`, scopes: ['leads:read'], actsAsUserId: importerId },
    });
    const key = new ApiClient(api.app).withApiKey(createApiKey.secret);
    const plain = await key.get(`/api/v1/lead-imports/${id}/report.csv`);
    expect(plain.status).toBe(200);
    expect(reasonsByRow(plain.text)['3 Last']).toBe('A last name or a company is required.');
    expect(reasonsByRow((await key.get(`/api/v1/lead-imports/${id}/report.csv?lang=zh-TW`)).text)['3 Last']).toBe('必須填寫姓氏或公司。');
  });

  it('still reads a report stored before reasons had keys: by its English, or as it was stored', async () => {
    const old = await importCsv(['Last,Email,Employees', 'Wu,wu@,', 'Zhao,,lots'].join('\n'));
    // What an earlier release stored: the English alone, one sentence no catalogue knows.
    await api.ctx.ds.query(
      `UPDATE lead_import_row SET errors = (SELECT jsonb_agg(e - 'messageKey' - 'params') FROM jsonb_array_elements(errors) e) WHERE import_id = $1 AND outcome = 'error'`,
      [old],
    );
    await api.ctx.ds.query(`UPDATE lead_import_row SET errors = '[{"column":"Employees","value":"lots","reason":"Not a count we understand."}]' WHERE import_id = $1 AND row_no = 3`, [old]);
    const nodes = (await state(old)).problems.edges.map((e) => e.node);
    expect(nodes).toEqual([
      { row: 2, column: 'Email', value: 'wu@', reason: 'Not a valid email address.', reasonKey: 'leads.importRowEmail', reasonParams: null, kind: 'ERROR' },
      { row: 3, column: 'Employees', value: 'lots', reason: 'Not a count we understand.', reasonKey: null, reasonParams: null, kind: 'ERROR' },
    ]);
    const csv = reasonsByRow((await importer.get(`/api/v1/lead-imports/${old}/report.csv?lang=zh-TW`)).text);
    expect(csv).toEqual({ '2 Email': '不是有效的電子郵件地址。', '3 Employees': 'Not a count we understand.' });
  });

  it('says why an import failed with a key, and never with the internals of a fault on our side', async () => {
    const imports = api.app.get(LeadImportService);
    const crashed = await importCsv('Last\nLi\n', false);
    await imports.fail(crashed, new Error('connect ECONNREFUSED 10.0.0.7:5432'));
    expect(await state(crashed)).toMatchObject({
      status: 'FAILED',
      error: 'The import stopped because of an error on our side. Undo it, then upload the file again.',
      errorKey: 'leads.importFailed',
      errorParams: null,
    });
    const unreadable = await importCsv('Last\nLi\n', false);
    await imports.fail(unreadable, new AppError(ErrorCode.ValidationFailed, 'The file is larger than 20 MB.'));
    expect(await state(unreadable)).toMatchObject({ status: 'FAILED', error: 'The file is larger than 20 MB.', errorKey: 'leads.importLargerThan', errorParams: { mb: 20 } });
  });
});

describe('the pages a browser gets after posting a web form', () => {
  let formId: string;
  beforeAll(async () => {
    const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
    const saved = await admin.gqlOk<{ saveWebForm: { webForm: { id: string; embedHtml: string } } }>(
      `mutation($i: SaveWebFormInput!) { saveWebForm(input: $i) { webForm { id embedHtml } } }`,
      // An admin's label is shown as typed, markup and all, never run.
      { i: { name: 'Expo', source: 'event', fields: [{ key: 'lastName', label: '<b>姓氏</b>', required: true }, { key: 'email', label: 'Email' }] } },
    );
    formId = saved.saveWebForm.webForm.id;
    // The form tells the server its page's language (its script copies the nearest lang attribute).
    expect(saved.saveWebForm.webForm.embedHtml).toContain('<input type="hidden" name="locale" value="">');
    // The browser's time zone travels with the inquiry (mailings at a local hour).
    expect(saved.saveWebForm.webForm.embedHtml).toContain('<input type="hidden" name="timeZone" value="">');
  });
  const post = (body: Record<string, string>, language?: string) => {
    const req = api.anon().post('/api/public/leads').type('form');
    if (language) req.set('Accept-Language', language);
    return req.send(body);
  };
  const hostile = '<img src=x onerror=alert(1)>';

  it('lists what to fix in Traditional Chinese for a zh-TW browser, lang set, everything typed escaped, still 400', async () => {
    const res = await post({ formId, lastName: 'x'.repeat(101), email: 'not-an-email', [hostile]: 'x' }, 'zh-TW,zh;q=0.9,en;q=0.5');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-language']).toBe('zh-TW');
    expect(res.text).toMatch(/^<!doctype html><html lang="zh-TW">/);
    expect(res.text).toContain('<title>請檢查表單</title>');
    // A field's own words get the form's label in front of them; a full sentence stands alone.
    expect(res.text).toContain('<li>&lt;b&gt;姓氏&lt;/b&gt;：最多 100 個字元</li>');
    expect(res.text).toContain('<li>請輸入有效的電子郵件地址。</li>');
    expect(res.text).toContain('<li>&lt;img src=x onerror=alert(1)&gt;：');
    expect(res.text).toContain('← 返回');
    expect(res.text).not.toContain('<img');
    expect(res.text).not.toContain('<b>');
    expect(res.text).not.toMatch(/Please check|must be|should not exist/);
  });

  it('thanks a zh-CN browser in Simplified Chinese with 201, and the page’s own language beats the browser’s', async () => {
    const thanks = await post({ formId, lastName: '王', email: `wang-${unique()}@example.com` }, 'zh-CN');
    expect(thanks.status).toBe(201);
    expect(thanks.text).toMatch(/^<!doctype html><html lang="zh-CN">/);
    expect(thanks.text).toContain('<h1>谢谢，我们会尽快与您联系。</h1>');
    expect(thanks.text).not.toContain('Thank you');

    const fromPage = await post({ formId, lastName: '陳', email: `chen-${unique()}@example.com`, locale: 'zh-Hant-TW' }, 'en-US,en;q=0.9');
    expect(fromPage.status).toBe(201);
    expect(fromPage.text).toMatch(/^<!doctype html><html lang="zh-TW">/);
    expect(fromPage.text).toContain('謝謝，我們會盡快與您聯繫。');
  });

  it('writes English when neither the page nor the browser names a language we write, and never fails a post for it', async () => {
    const french = await post({ formId, lastName: 'Dupont', email: `dupont-${unique()}@example.com`, locale: 'fr-FR' }, 'fr-FR,fr;q=0.9');
    expect(french.status).toBe(201);
    expect(french.text).toMatch(/^<!doctype html><html lang="en">/);
    expect(french.text).toContain('Thank you — we will be in touch soon.');
    const junk = await post({ formId, email: 'nope', locale: `"><script>alert(1)</script>` });
    expect(junk.status).toBe(400);
    expect(junk.text).toMatch(/^<!doctype html><html lang="en">/);
    expect(junk.text).toContain('<li>Enter a valid email address</li>');
    expect(junk.text).not.toContain('<script>');
  });

  it('says an unknown form and a flood in the visitor’s language, with their status codes', async () => {
    const gone = await post({ formId: '00000000-0000-4000-8000-000000000000', lastName: 'Li' }, 'zh-TW');
    expect(gone.status).toBe(400);
    expect(gone.text).toContain('<li>此表單無法使用。</li>');
    // The default limit is 30 posts a minute from one address; this file has sent a handful.
    let flood = gone;
    for (let i = 0; i < 40 && flood.status !== 429; i++) flood = await post({ formId, lastName: `Flood ${i}`, email: `flood-${i}-${unique()}@example.com` }, 'zh-CN');
    expect(flood.status).toBe(429);
    expect(Number(flood.headers['retry-after'])).toBeGreaterThan(0);
    expect(flood.text).toMatch(/^<!doctype html><html lang="zh-CN">/);
    expect(flood.text).toContain('<li>提交过于频繁，请一分钟后再试。</li>');
  });
});

describe('GraphQL requests refused before they ran', () => {
  const send = (body: Record<string, unknown>) => api.anon().post('/graphql').send(body);
  const first = (res: { body: { errors: { message: string; extensions: Record<string, unknown> }[] } }) => res.body.errors[0];

  it('a syntax error: 400, GRAPHQL_PARSE_FAILED, graphql-js’s English and request.querySyntax', async () => {
    const res = await send({ query: '{ me { id ' });
    expect(res.status).toBe(400);
    expect(first(res)).toMatchObject({ message: expect.stringMatching(/^Syntax Error: /), extensions: { code: 'GRAPHQL_PARSE_FAILED', messageKey: 'request.querySyntax' } });
    expect(first(res).extensions['params']).toBeUndefined();
  });

  it('a field, an argument or a variable the schema does not have: 400, GRAPHQL_VALIDATION_FAILED, the name as a param', async () => {
    const field = await send({ query: '{ me { id shoeSize } }' });
    expect(field.status).toBe(400);
    expect(first(field)).toEqual({
      message: 'Cannot query field "shoeSize" on type "User".',
      locations: [expect.any(Object)],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', messageKey: 'request.invalidQueryField', params: { field: 'shoeSize' } },
    });
    const argument = await send({ query: '{ leads(sortBy: "name") { totalCount } }' });
    expect(argument.status).toBe(400);
    expect(first(argument)).toMatchObject({ message: expect.stringContaining('Unknown argument "sortBy"'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', messageKey: 'request.invalidQueryArgument', params: { argument: 'sortBy' } } });
    const variable = await send({ query: '{ lead(id: $leadId) { id } }' });
    expect(variable.status).toBe(400);
    expect(first(variable)).toMatchObject({ message: 'Variable "$leadId" is not defined.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', messageKey: 'request.invalidQueryVariable', params: { variable: 'leadId' } } });
  });

  it('a variable of the wrong type, missing, or with a field its input does not have: 400, BAD_USER_INPUT, the variable named', async () => {
    const wrongType = await send({ query: 'query($pageSize: Int) { leads(first: $pageSize) { totalCount } }', variables: { pageSize: 'ten' } });
    const missing = await send({ query: 'query($leadId: ID!) { lead(id: $leadId) { id } }' });
    const unknownField = await send({ query: 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }', variables: { input: { name: 'Acme', nickname: 'A' } } });
    for (const [res, variable, english] of [
      [wrongType, 'pageSize', /^Variable "\$pageSize" got invalid value "ten"/],
      [missing, 'leadId', /^Variable "\$leadId" of required type "ID!" was not provided/],
      [unknownField, 'input', /Field "nickname" is not defined by type "CreateAccountInput"/],
    ] as const) {
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(first(res)).toMatchObject({ message: expect.stringMatching(english), extensions: { code: 'BAD_USER_INPUT', messageKey: 'request.invalidVariable', params: { variable } } });
    }
  });

  it('a query too deep or too costly: 400, QUERY_TOO_COMPLEX, with its measure and the limit as params', async () => {
    const deep = await send({ query: `{ accounts { edges { node { ${'parentAccount { '.repeat(9)}id${' }'.repeat(9)} } } } }` });
    expect(deep.status).toBe(400);
    expect(first(deep)).toMatchObject({ message: 'The query is 13 levels deep; the limit is 10.', extensions: { code: 'QUERY_TOO_COMPLEX', messageKey: 'request.tooDeep', params: { depth: 13, max: 10 } } });
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: leads(first: 100) { edges { node { id email phone company } } }`).join(' ');
    const costly = await send({ query: `{ ${aliases} }` });
    expect(costly.status).toBe(400);
    const error = first(costly);
    expect(error).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', messageKey: 'request.tooCostly', params: { max: 5000 } } });
    expect(error.message).toBe(`The query costs ${(error.extensions['params'] as { cost: number }).cost}; the limit is 5000. Ask for fewer rows or fields.`);
  });
});
