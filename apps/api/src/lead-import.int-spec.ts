import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import { Role } from '@rapport/shared-domain';
import { normalizePhone } from '@rapport/sales-domain';
import { LeadImportService } from '@rapport/leads-api';
import { LeadImportEntity } from '@rapport/leads-data';
import { ApiClient, describeVisibilityMatrix } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';
import { generateLeadFile, GeneratedLeadFile } from './testing/fixtures/lead-import-file';

const api = useTestApi();
let marketer: ApiClient;
let marketerId: string;

beforeAll(async () => {
  const user = await api.ctx.newUser({ role: Role.Marketer });
  marketerId = user.id;
  marketer = await api.signedIn(user.email);
});

interface Upload {
  id: string;
  columns: string[];
  totalRows: number;
  preview: string[][];
  suggestedMapping: { column: string; field: string }[];
}

async function upload(c: ApiClient, body: string | Buffer, name = 'leads.csv') {
  return c.post('/api/v1/lead-imports').attach('file', Buffer.from(body), name);
}

const FIELD_ENUM = (f: string) => f.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
const START = `mutation($i: StartLeadImportInput!) { startLeadImport(input: $i) { leadImport { id status } } }`;
const IMPORT = `query($id: ID!) { leadImport(id: $id) { id status progress totalRows createdCount updatedCount mergedCount duplicateCount errorCount removedCount restoredCount
  problems(first: 5) { totalCount edges { node { row column value reason kind } } } } }`;

/** Upload, start with the suggested mapping (or the given one), run the job in-process. */
async function importFile(c: ApiClient, body: string | Buffer, opts: { name?: string; policy?: string; mapping?: Upload['suggestedMapping']; routeLeads?: boolean; run?: boolean } = {}) {
  const res = await upload(c, body, opts.name);
  expect(res.status).toBe(201);
  const up = res.body as Upload;
  const mapping = (opts.mapping ?? up.suggestedMapping).map((m) => ({ column: m.column, field: FIELD_ENUM(m.field) }));
  await c.gqlOk(START, { i: { importId: up.id, mapping, dedupPolicy: opts.policy ?? 'SKIP', routeLeads: opts.routeLeads ?? false } });
  if (opts.run !== false) await api.app.get(LeadImportService).run(up.id, async () => undefined);
  return up;
}

async function importState(c: ApiClient, id: string) {
  return (await c.gqlOk<{ leadImport: Record<string, unknown> & { problems: { totalCount: number } } }>(IMPORT, { id })).leadImport;
}

/** The leads and contacts the file's duplicates match, as the sales services would have stored them. */
async function seedExisting(f: GeneratedLeadFile, ownerId: string) {
  for (const l of f.existingLeads) {
    await api.ctx.newLead({ lastName: 'Existing', source: 'web', email: l.email?.toLowerCase() ?? null, phoneNormalized: l.phone, ownerId });
  }
  for (const email of f.deletedLeads) {
    await api.ctx.newLead({ lastName: 'Gone', source: 'web', email, ownerId, deletedAt: new Date() });
  }
  for (const c of f.contacts) {
    await api.ctx.newContact({ lastName: 'Contact', emails: c.email ? [c.email] : [], phonesNormalized: c.phone ? [c.phone] : [], ownerId });
  }
}

/** Leads that came from a file, not the ones `seedExisting` made. */
const IMPORTED = `last_name NOT IN ('Existing', 'Gone')`;
const count = async (sql: string, params: unknown[] = []) => Number((await api.ctx.ds.query(sql, params))[0].n);
const liveLeads = () => count(`SELECT count(*) AS n FROM lead WHERE deleted_at IS NULL`);

describe('importing a 4,700-row file', () => {
  it('creates the new rows, skips every duplicate, reports every bad row with its reason, and undo removes exactly what it created', async () => {
    const f = generateLeadFile('accept', 3);
    await seedExisting(f, marketerId);
    const existingBefore = await api.ctx.ds.query(`SELECT id, updated_at FROM lead WHERE deleted_at IS NULL ORDER BY id`);
    const up = await importFile(marketer, f.csv, { run: false });
    expect(up).toMatchObject({ totalRows: 4700, columns: ['First name', 'Last name', 'Company', 'Email', 'Phone', 'Status', 'Source', 'Title', 'Employees', 'Notes'] });
    expect(up.preview).toHaveLength(20);
    expect(up.suggestedMapping.map((m) => m.field)).toEqual(['firstName', 'lastName', 'company', 'email', 'phone', 'status', 'source', 'title', 'employees', 'message']);
    const [outbox] = await api.ctx.ds.query(`SELECT queue, job_name, payload FROM outbox WHERE dedup_key = $1`, [`import-leads:${up.id}`]);
    expect(outbox).toEqual({ queue: 'leads', job_name: 'import-leads', payload: { importId: up.id } });

    const progress: number[] = [];
    await api.app.get(LeadImportService).run(up.id, async (p) => void progress.push(p));
    expect(progress.at(-1)).toBe(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const state = await importState(marketer, up.id);
    expect(state).toMatchObject({ status: 'DONE', progress: 100, totalRows: 4700, createdCount: 4089, duplicateCount: 470, errorCount: 141, updatedCount: 0 });
    expect(f.created).toBe(4089);
    expect(state.problems.totalCount).toBe(611);

    // The report names every bad row and its reason, and every skipped duplicate.
    const res = await marketer.get(`/api/v1/lead-imports/${up.id}/report.csv`);
    expect(res.status).toBe(200);
    const lines = parse(res.text.replace(/^\uFEFF/, ''), { columns: true }) as { row: string; column: string; value: string; reason: string; kind: string }[];
    const errors = lines.filter((l) => l.kind === 'error');
    expect(errors).toHaveLength(141);
    for (const l of errors) {
      const expected = f.bad.get(Number(l.row));
      expect(expected).toBeDefined();
      expect(l.column).toBe(expected!.column);
      expect(l.reason).toMatch(expected!.reason);
    }
    expect(new Set(errors.map((l) => Number(l.row)))).toEqual(new Set(f.bad.keys()));
    const dups = lines.filter((l) => l.kind === 'duplicate');
    expect(new Set(dups.map((l) => Number(l.row)))).toEqual(new Set(f.duplicates.keys()));
    const reasonOf = (kind: string) => dups.filter((l) => f.duplicates.get(Number(l.row)) === kind).map((l) => l.reason);
    expect(new Set(reasonOf('leadEmail'))).toEqual(new Set(['A lead with this email address already exists; skipped.']));
    expect(new Set(reasonOf('leadPhone'))).toEqual(new Set(['A lead with this phone number already exists; skipped.']));
    expect(new Set(reasonOf('contactPhone'))).toEqual(new Set(['A contact with this phone number already exists; skipped (imports never change contacts).']));
    expect(reasonOf('fileEmail').every((r) => /^Same email address as row \d+; skipped\.$/.test(r))).toBe(true);
    expect(reasonOf('filePhone').every((r) => /^Same phone number as row \d+; skipped\.$/.test(r))).toBe(true);

    // What was created is what the api.app would have stored: normalised, owned by the importer, audited.
    const [sample] = await api.ctx.ds.query(`SELECT l.* FROM lead l JOIN lead_import_item i ON i.lead_id = l.id AND i.import_id = $1 WHERE l.email = $2`, [up.id, f.sample.email]);
    expect(sample).toMatchObject({ source: 'import', owner_id: marketerId, created_by: marketerId, phone: f.sample.phoneTyped, phone_normalized: normalizePhone(f.sample.phoneTyped), employees: 1200 });
    expect(await count(`SELECT count(*) AS n FROM lead_import_item WHERE import_id = $1 AND action = 'created'`, [up.id])).toBe(4089);
    expect(await count(`SELECT count(*) AS n FROM audit_log a JOIN lead_import_item i ON i.lead_id = a.entity_id WHERE i.import_id = $1 AND a.action = 'create'`, [up.id])).toBe(4089);
    expect(await count(`SELECT count(*) AS n FROM timeline_event WHERE event_type = 'record.created' AND payload->>'importId' = $1`, [up.id])).toBe(4089);
    expect(await count(`SELECT count(*) AS n FROM outbox o JOIN lead_import_item i ON o.dedup_key = 'assign-lead:' || i.lead_id WHERE i.import_id = $1`, [up.id])).toBe(0);
    const [note] = await api.ctx.ds.query(`SELECT message FROM lead WHERE email = $1`, ['accept.0@example.com']);
    expect(note.message).toBe('Met at "Expo", wants a demo\nCall back\tsoon \\ later');

    // Running the job again (a redelivery) changes nothing.
    await api.app.get(LeadImportService).run(up.id, async () => undefined);
    expect(await count(`SELECT count(*) AS n FROM lead WHERE email LIKE 'accept.%' AND deleted_at IS NULL AND ${IMPORTED}`)).toBe(4089);

    const total = await liveLeads();
    const undo = await marketer.gqlOk<{ undoLeadImport: { removed: number; restored: number; kept: number; leadImport: { status: string; removedCount: number } } }>(
      'mutation($i: UndoLeadImportInput!) { undoLeadImport(input: $i) { removed restored kept leadImport { status removedCount } } }',
      { i: { importId: up.id } },
    );
    expect(undo.undoLeadImport).toEqual({ removed: 4089, restored: 0, kept: 0, leadImport: { status: 'UNDONE', removedCount: 4089 } });
    expect(await liveLeads()).toBe(total - 4089);
    expect(await api.ctx.ds.query(`SELECT id, updated_at FROM lead WHERE deleted_at IS NULL ORDER BY id`)).toEqual(existingBefore);
    const again = await marketer.gql('mutation($i: UndoLeadImportInput!) { undoLeadImport(input: $i) { removed } }', { i: { importId: up.id } });
    expect(again.errors?.[0].extensions?.fields).toEqual([{ path: 'input.importId', message: 'This import has already been undone.', messageKey: 'leads.importUndone' }]);
  }, 180_000);

  it('survives a worker crash at any step and never creates a lead twice', async () => {
    const f = generateLeadFile('crash', 4);
    await seedExisting(f, marketerId);
    const up = await importFile(marketer, f.csv, { run: false });
    const service = api.app.get(LeadImportService);
    const crashAt = (pred: (p: number) => boolean) => async (p: number) => {
      if (pred(p)) throw new Error('worker killed');
    };
    // Killed right after staging, then right after the first chunk of leads.
    await expect(service.run(up.id, crashAt((p) => p === 30))).rejects.toThrow('worker killed');
    expect(await count(`SELECT count(*) AS n FROM lead_import_row WHERE import_id = $1`, [up.id])).toBe(4700);
    await expect(service.run(up.id, crashAt((p) => p > 40 && p < 100))).rejects.toThrow('worker killed');
    const partial = await importState(marketer, up.id);
    expect(partial).toMatchObject({ status: 'RUNNING', createdCount: 2000 });
    expect(await count(`SELECT count(*) AS n FROM lead WHERE email LIKE 'crash.%' AND ${IMPORTED}`)).toBe(2000);

    await service.run(up.id, async () => undefined);
    expect(await importState(marketer, up.id)).toMatchObject({ status: 'DONE', createdCount: 4089, duplicateCount: 470, errorCount: 141 });
    expect(await count(`SELECT count(*) AS n FROM lead WHERE email LIKE 'crash.%' AND ${IMPORTED}`)).toBe(4089);
    expect(await count(`SELECT count(*) AS n FROM (SELECT email FROM lead WHERE email LIKE 'crash.%' AND ${IMPORTED} GROUP BY email HAVING count(*) > 1) d`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM audit_log a JOIN lead_import_item i ON i.lead_id = a.entity_id WHERE i.import_id = $1`, [up.id])).toBe(4089);
  }, 180_000);
});

describe('duplicate policies', () => {
  const CSV = ['Last name,Email,Company,Title,Phone', 'Wang,min@policy.cn,Huawei,CEO,', 'Li,li@policy.cn,,,138 0000 9999', 'Other,theirs@policy.cn,NewCo,CFO,', 'New,fresh@policy.cn,Fresh Ltd,,'].join('\n');

  async function existing(ownerId: string, teamId: string | null) {
    await api.ctx.ds.query(`DELETE FROM lead WHERE email LIKE '%@policy.cn'`);
    await api.ctx.ds.query(`DELETE FROM contact WHERE last_name = 'PolicyContact'`);
    const min = await api.ctx.newLead({ firstName: 'Min', lastName: 'Wang', source: 'web', email: 'min@policy.cn', title: 'CTO', ownerId, teamId });
    const outsider = await api.ctx.newUser({ role: Role.SalesRep, teamId: (await api.ctx.newTeam()).id });
    await api.ctx.newLead({ lastName: 'Other', source: 'web', email: 'theirs@policy.cn', owner: outsider });
    await api.ctx.newContact({ lastName: 'PolicyContact', emails: [], phonesNormalized: [normalizePhone('138 0000 9999')!] });
    return min.id;
  }

  it('update overwrites mapped fields of leads the importer may change, never contacts or others’ leads; undo restores what nobody edited since', async () => {
    const team = await api.ctx.newTeam();
    const manager = await api.ctx.newUser({ role: Role.SalesManager, teamId: team.id });
    await api.ctx.setTeamManager(team, manager);
    const boss = await api.signedIn(manager.email);
    const minId = await existing(manager.id, team.id);
    const up = await importFile(boss, CSV, { policy: 'UPDATE' });
    const state = await importState(boss, up.id);
    expect(state).toMatchObject({ createdCount: 1, updatedCount: 1, duplicateCount: 2, errorCount: 0 });
    const [min] = await api.ctx.ds.query(`SELECT title, company, company_normalized FROM lead WHERE id = $1`, [minId]);
    expect(min).toEqual({ title: 'CEO', company: 'Huawei', company_normalized: 'huawei' });
    expect((await api.ctx.ds.query(`SELECT title FROM lead WHERE email = 'theirs@policy.cn'`))[0].title).toBeNull();
    expect((await api.ctx.ds.query(`SELECT count(*)::int AS n FROM lead WHERE email = 'li@policy.cn'`))[0].n).toBe(0);
    const [audit] = await api.ctx.ds.query(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'update'`, [minId]);
    expect(audit.changes).toEqual(expect.arrayContaining([{ field: 'title', from: 'CTO', to: 'CEO' }]));
    // A changed lead is rescored, like after an edit in the api.app.
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE job_name = 'score-lead' AND dedup_key = $1`, [`score-lead:import:${up.id}:${minId}`])).toBe(1);

    // Someone edits the company after the import: undo keeps that and restores the title.
    await api.ctx.ds.query(`UPDATE lead SET company = 'Huawei Tech', company_normalized = 'huawei tech' WHERE id = $1`, [minId]);
    const undo = await boss.gqlOk<{ undoLeadImport: { removed: number; restored: number } }>('mutation($i: UndoLeadImportInput!) { undoLeadImport(input: $i) { removed restored } }', { i: { importId: up.id } });
    expect(undo.undoLeadImport).toEqual({ removed: 1, restored: 1 });
    expect((await api.ctx.ds.query(`SELECT title, company FROM lead WHERE id = $1`, [minId]))[0]).toEqual({ title: 'CTO', company: 'Huawei Tech' });
    expect(await count(`SELECT count(*) AS n FROM lead WHERE email = 'fresh@policy.cn' AND deleted_at IS NULL`)).toBe(0);
  });

  it('merge only fills empty fields', async () => {
    const minId = await existing(marketerId, null);
    const up = await importFile(marketer, CSV, { policy: 'MERGE' });
    // A marketer may change every lead, so the other person's lead is merged too.
    expect(await importState(marketer, up.id)).toMatchObject({ createdCount: 1, mergedCount: 2, duplicateCount: 1 });
    expect((await api.ctx.ds.query(`SELECT title, company FROM lead WHERE id = $1`, [minId]))[0]).toEqual({ title: 'CTO', company: 'Huawei' });
  });

  it('routes imported leads through the outbox when asked', async () => {
    const up = await importFile(marketer, 'Company\nRouted Co\nRouted Two\n', { routeLeads: true });
    const ids: { lead_id: string }[] = await api.ctx.ds.query(`SELECT lead_id FROM lead_import_item WHERE import_id = $1`, [up.id]);
    expect(ids).toHaveLength(2);
    const jobs = await api.ctx.ds.query(`SELECT payload FROM outbox WHERE job_name = 'assign-lead' AND dedup_key = ANY($1)`, [ids.map((i) => `assign-lead:${i.lead_id}`)]);
    expect(jobs.map((j: { payload: { leadId: string } }) => j.payload.leadId).sort()).toEqual(ids.map((i) => i.lead_id).sort());
  });
});

describe('files, mappings and validation', () => {
  it('reads .xlsx (numbers, Chinese) and reports its bad row', async () => {
    const xlsx = fs.readFileSync(path.join(__dirname, 'testing/fixtures/leads.xlsx'));
    const up = await importFile(marketer, xlsx, { name: '线索.xlsx' });
    expect(up.suggestedMapping.map((m) => m.field)).toEqual(['firstName', 'lastName', 'company', 'email', 'phone', 'employees', 'status']);
    const state = await importState(marketer, up.id);
    expect(state).toMatchObject({ createdCount: 4, errorCount: 1 });
    expect(state.problems).toMatchObject({ totalCount: 1, edges: [{ node: { row: 6, column: 'Employees', value: 'twelve', reason: 'Not a whole number of employees.', kind: 'ERROR' } }] });
    const [wang] = await api.ctx.ds.query(`SELECT phone_normalized, company_normalized, status FROM lead WHERE email = 'wang.min@xlsx.example.cn'`);
    expect(wang).toEqual({ phone_normalized: '+8613800138001', company_normalized: '华为技术', status: 'working' });
    expect((await marketer.gqlOk<{ leadImport: { fileName: string } }>('query($id: ID!) { leadImport(id: $id) { fileName } }', { id: up.id })).leadImport.fileName).toBe('线索.xlsx');
  });

  it('saves mappings, suggests a saved one that fits, and rejects bad mappings with field paths', async () => {
    const csv = 'Nom,Courriel\nDupont,d@fr.example\n';
    const up = (await upload(marketer, csv)).body as Upload;
    expect(up.suggestedMapping).toEqual([]);
    const bad = await marketer.gql(START, { i: { importId: up.id, mapping: [{ column: 'Courriel', field: 'EMAIL' }, { column: 'Nope', field: 'LAST_NAME' }] } });
    expect(bad.errors?.[0].extensions?.fields).toEqual([{ path: 'input.mapping.1.column', message: 'The file has no column "Nope".', messageKey: 'leads.importNoColumn', params: { column: 'Nope' } }]);
    await marketer.gqlOk(START, { i: { importId: up.id, mapping: [{ column: 'Nom', field: 'LAST_NAME' }, { column: 'Courriel', field: 'EMAIL' }], saveMappingAs: 'French fair' } });
    const twice = await marketer.gql(START, { i: { importId: up.id, mapping: [{ column: 'Nom', field: 'LAST_NAME' }] } });
    expect(twice.errors?.[0].extensions?.fields?.[0].path).toBe('input.importId');
    const next = (await upload(marketer, 'Courriel,Nom,Ville\nx@fr.example,Martin,Lyon\n')).body as Upload;
    expect(next.suggestedMapping).toEqual([{ column: 'Nom', field: 'lastName' }, { column: 'Courriel', field: 'email' }]);
    const saved = await marketer.gqlOk<{ leadImportMappings: { id: string; name: string }[] }>('{ leadImportMappings { id name mapping { column field } } }');
    expect(saved.leadImportMappings.map((m) => m.name)).toEqual(['French fair']);
    const other = await api.signedIn((await api.ctx.newUser({ role: Role.SalesManager })).email);
    expect((await other.gqlOk<{ leadImportMappings: unknown[] }>('{ leadImportMappings { id } }')).leadImportMappings).toEqual([]);
  });

  it('rejects files it cannot read, and files over 20 MB, on the file field', async () => {
    const old = await upload(marketer, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'old.xls');
    expect(old.status).toBe(400);
    expect(old.body.errors).toEqual([{ path: 'file', message: expect.stringMatching(/\.xls/), messageKey: 'leads.importOldExcel' }]);
    const huge = await upload(marketer, 'Company\n' + 'x'.repeat(21 * 1024 * 1024));
    expect(huge.status).toBe(400);
    expect(huge.body.errors).toEqual([{ path: 'file', message: 'The file is larger than 20 MB.', messageKey: 'leads.importLargerThan', params: { mb: 20 } }]);
    const none = await marketer.post('/api/v1/lead-imports').field('x', '1');
    expect(none.body.errors?.[0].path).toBe('file');
  });

  it('lets a sales rep neither upload nor see imports; a manager lists only their own', async () => {
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    expect((await upload(rep, 'Company\nAcme\n')).status).toBe(403);
    const m1 = await api.signedIn((await api.ctx.newUser({ role: Role.SalesManager })).email);
    const m2 = await api.signedIn((await api.ctx.newUser({ role: Role.SalesManager })).email);
    const mine = ((await upload(m1, 'Company\nMine Co\n')).body as Upload).id;
    const theirs = ((await upload(m2, 'Company\nTheir Co\n')).body as Upload).id;
    const list = await m1.gqlOk<{ leadImports: { edges: { node: { id: string } }[] } }>('{ leadImports(first: 100) { edges { node { id } } } }');
    expect(list.leadImports.edges.map((e) => e.node.id)).toEqual([mine]);
    expect((await m1.get(`/api/v1/lead-imports/${theirs}/report.csv`)).status).toBe(404);
    expect((await rep.gqlOk<{ leadImports: { edges: unknown[] } }>('{ leadImports { edges { cursor } } }')).leadImports.edges).toEqual([]);
    const all = await marketer.gqlOk<{ leadImports: { edges: { node: { id: string } }[] } }>('{ leadImports(first: 100) { edges { node { id } } } }');
    expect(all.leadImports.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([mine, theirs]));
  });
});

describe('lead import visibility', () => {
  const insertImport = async (createdBy: string, status = 'uploaded') =>
    (await api.ctx.insertRow(LeadImportEntity, { fileName: 'm.csv', fileFormat: 'csv', fileSize: 1, columns: ['Company'], createdBy, status, actor: {} })).id;
  describeVisibilityMatrix<ApiClient>({
    object: 'leadImport',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: (kind, cast) => insertImport(kind === 'own' ? cast.actor.id : kind === 'team' ? cast.teammate.id : cast.outsider.id),
    probes: [
      { name: 'query leadImport(id)', action: 'read', reaches: async (c, id) => (await c.gqlOk<{ leadImport: { id: string } | null }>('query($id: ID!) { leadImport(id: $id) { id } }', { id })).leadImport?.id === id },
      {
        name: 'query leadImports',
        action: 'read',
        reaches: async (c, id) => (await c.gqlOk<{ leadImports: { edges: { node: { id: string } }[] } }>('{ leadImports(first: 100) { edges { node { id } } } }')).leadImports.edges.some((e) => e.node.id === id),
      },
      { name: 'REST GET /api/v1/lead-imports/:id', action: 'read', reaches: async (c, id) => (await c.get(`/api/v1/lead-imports/${id}`)).status === 200 },
      { name: 'REST GET /api/v1/lead-imports/:id/report.csv', action: 'read', reaches: async (c, id) => (await c.get(`/api/v1/lead-imports/${id}/report.csv`)).status === 200 },
      {
        name: 'mutation startLeadImport',
        action: 'write',
        reaches: async (c, id) => !(await c.gql(START, { i: { importId: id, mapping: [{ column: 'Company', field: 'COMPANY' }] } })).errors,
      },
      {
        name: 'mutation undoLeadImport',
        action: 'write',
        reaches: async (c, id) => {
          await api.ctx.ds.query(`UPDATE lead_import SET status = 'done' WHERE id = $1`, [id]);
          return !(await c.gql('mutation($i: UndoLeadImportInput!) { undoLeadImport(input: $i) { removed } }', { i: { importId: id } })).errors;
        },
      },
    ],
  });
});
