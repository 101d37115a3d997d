import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { Role } from '@rapport/shared-domain';
import { waitFor, type ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Routing through the real worker (issue 19 item 1): the outbox relay hands the round to the
 * `routing` queue's processor. An agent who goes available is given the oldest waiting case that
 * fits them within seconds, with no schedule tick needed (the schedule's 15 s would be too late).
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
const root = path.resolve(__dirname, '..', '..', '..');
let worker: ChildProcess | undefined;

afterAll(() => {
  if (worker && worker.exitCode === null) worker.kill('SIGKILL');
});

const owner = async (caseId: string) => ((await api.ctx.ds.query(`SELECT owner_id FROM service_case WHERE id = $1`, [caseId])) as { owner_id: string }[])[0]!.owner_id;

it('gives an agent who goes available the oldest fitting waiting case within 5 s', async () => {
  const manager = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceManager })).email);
  await manager.gqlOk('mutation($i: SaveRoutingQueueInput!) { saveRoutingQueue(input: $i) { id } }', { i: { name: 'Everything', isDefault: true } });
  const user = await api.ctx.newUser({ role: Role.ServiceAgent });
  const agent: ApiClient = await api.signedIn(user.email);
  await agent.gqlOk('mutation { setMyPresence(presence: AWAY) { presence } }');
  const open = async (subject: string) =>
    (await manager.gqlOk<{ createCase: { case: { id: string } } }>('mutation($i: CreateCaseInput!) { createCase(input: $i) { case { id } } }', { i: { subject, channel: 'PHONE', route: true } })).createCase.case.id;
  const older = await open('Waiting longest');
  const newer = await open('Waiting less');

  worker = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: api.ctx.databaseUrl, NODE_ENV: 'test', LOG_LEVEL: 'warn', OUTBOX_POLL_MS: '50', REDIS_URL: '', SMTP_URL: '', INBOUND_SMTP_PORT: '0' },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  // The worker is up once it has taken the rounds the two cases asked for (nobody was available).
  expect(await waitFor(async () => ((await api.ctx.ds.query(`SELECT count(*)::int AS n FROM outbox WHERE job_name = 'dispatch-cases' AND done_at IS NULL`)) as { n: number }[])[0]!.n === 0, 90_000, 100)).toBe(true);

  const started = Date.now();
  await agent.gqlOk('mutation { setMyPresence(presence: AVAILABLE) { presence } }');
  // A phone slot is one call: the oldest case comes, the newer one waits.
  expect(await waitFor(async () => (await owner(older)) === user.id, 5_000, 50)).toBe(true);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(await owner(newer)).not.toBe(user.id);
}, 120_000);
