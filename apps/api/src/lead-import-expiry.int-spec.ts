import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import { Role } from '@rapport/shared-domain';
import { queueConnection } from '@rapport/shared-queue';
import { LeadImportService } from '@rapport/leads-api';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Issue 12: an uploaded lead import that nobody started stayed listed forever, its file kept in the
 * database. After LEAD_IMPORT_UPLOAD_TTL_HOURS (24 by default) it is no longer listed, found or
 * startable, and the nightly purge (`purge-sessions` on the platform queue, run by the real worker)
 * deletes it in one statement. Started imports, however old, stay.
 */
const api = useTestApi({ LEAD_IMPORT_UPLOAD_TTL_HOURS: '24' });
const root = path.resolve(__dirname, '..', '..', '..');
let worker: ChildProcess | undefined;

afterAll(async () => {
  if (worker && worker.exitCode === null) {
    worker.kill('SIGTERM');
    await new Promise((r) => worker!.once('exit', r));
  }
});

const LIST = `{ leadImports(first: 50) { totalCount edges { node { id status } } } }`;
const START = `mutation($i: StartLeadImportInput!) { startLeadImport(input: $i) { leadImport { id status } } }`;
const MAPPING = [
  { column: 'Last name', field: 'LAST_NAME' },
  { column: 'Email', field: 'EMAIL' },
];

async function upload(c: ApiClient, hoursAgo: number): Promise<string> {
  const res = await c.post('/api/v1/lead-imports').attach('file', Buffer.from(`Last name,Email\nOld${hoursAgo},old-${hoursAgo}-${Math.random()}@example.com\n`), 'leads.csv');
  expect(res.status).toBe(201);
  await api.ctx.ds.query(`UPDATE lead_import SET created_at = now() - make_interval(hours => $2) WHERE id = $1`, [res.body.id, hoursAgo]);
  return res.body.id as string;
}

const listed = async (c: ApiClient) => (await c.gqlOk<{ leadImports: { totalCount: number; edges: { node: { id: string } }[] } }>(LIST)).leadImports;
const stored = async (ids: string[]) => ((await api.ctx.ds.query(`SELECT id FROM lead_import WHERE id = ANY($1::uuid[]) ORDER BY id`, [ids])) as { id: string }[]).map((r) => r.id);

it('hides an upload not started within the period at once, and the nightly purge deletes only those', async () => {
  const marketer = await api.ctx.newUser({ role: Role.Marketer });
  const c = await api.signedIn(marketer.email);
  const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);

  const abandoned = await upload(c, 25);
  const recent = await upload(c, 23);
  // Started, and uploaded three days ago: a real import, whatever its age.
  const startedOld = await upload(c, 1);
  await c.gqlOk(START, { i: { importId: startedOld, mapping: MAPPING, dedupPolicy: 'SKIP', routeLeads: false } });
  await api.ctx.ds.query(`UPDATE lead_import SET created_at = now() - interval '3 days' WHERE id = $1`, [startedOld]);

  // Listed, found and startable no more, for the uploader and for an admin, before any purge ran.
  for (const who of [c, admin]) {
    const page = await listed(who);
    expect(page.edges.map((e) => e.node.id).sort()).toEqual([recent, startedOld].sort());
    expect(page.totalCount).toBe(2);
    expect((await who.gqlOk<{ leadImport: unknown }>(`query($id: ID!) { leadImport(id: $id) { id } }`, { id: abandoned })).leadImport).toBeNull();
  }
  expect((await c.get(`/api/v1/lead-imports/${abandoned}/report.csv`)).status).toBe(404);
  const late = await c.gql(START, { i: { importId: abandoned, mapping: MAPPING, dedupPolicy: 'SKIP', routeLeads: false } });
  expect(late.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect(await stored([abandoned, recent, startedOld])).toEqual([abandoned, recent, startedOld].sort());

  // The nightly purge, as the worker runs it from its schedule.
  worker = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: api.ctx.databaseUrl, NODE_ENV: 'test', LOG_LEVEL: 'warn', REDIS_URL: '', SMTP_URL: '', LEAD_IMPORT_UPLOAD_TTL_HOURS: '24' },
    stdio: 'ignore',
  });
  const events = new QueueEvents('platform', { connection: queueConnection({ databaseUrl: api.ctx.databaseUrl, redisUrl: null }).connection as never, prefix: 'rapport' });
  await events.waitUntilReady();
  try {
    const platform = api.app.get<Queue>(getQueueToken('platform'), { strict: false });
    const job = await platform.add('purge-sessions', { olderThanDays: 30 });
    expect(await job.waitUntilFinished(events, 60_000)).toMatchObject({ abandonedImports: 1 });
  } finally {
    await events.close();
  }
  expect(await stored([abandoned, recent, startedOld])).toEqual([recent, startedOld].sort());
  expect((await listed(c)).totalCount).toBe(2);
  // Nothing more to delete: the purge is idempotent.
  expect(await api.app.get(LeadImportService).expireUploads()).toBe(0);
}, 120_000);

it('expires an upload once it passes the period, while still unstarted', async () => {
  const c = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  const id = await upload(c, 0);
  expect((await listed(c)).edges.map((e) => e.node.id)).toContain(id);
  expect(await api.app.get(LeadImportService).expireUploads()).toBe(0);
  await api.ctx.ds.query(`UPDATE lead_import SET created_at = now() - interval '24 hours 1 minute' WHERE id = $1`, [id]);
  expect((await listed(c)).edges.map((e) => e.node.id)).not.toContain(id);
  expect(await api.app.get(LeadImportService).expireUploads()).toBe(1);
  expect(await stored([id])).toEqual([]);
});
