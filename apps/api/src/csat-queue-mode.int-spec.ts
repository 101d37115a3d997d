import { Role } from '@rapport/shared-domain';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Survey mode per routing queue (issue 19 item 5, "per queue"): a queue's own mode overrides the
 * company's for the cases resolved in it, both ways (off in an EVERY company, on in an OFF one); a
 * queue without one follows the company's. Only service set-up writers change it.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
const tag = `m${Date.now().toString(36)}`;
const started = new Date(Date.now() - 1000);

let manager: ApiClient;
let agent: ApiClient;
let agentId: string;
let quiet: string;
let loud: string;
let plain: string;

const SETTINGS = 'mode queueModes { queueId queueName active mode }';
type Settings = { mode: string; queueModes: { queueId: string; queueName: string; active: boolean; mode: string | null }[] };
const save = (c: ApiClient, input: unknown) => c.gql<{ saveCsatSettings: { settings: Settings } }>(`mutation($i: SaveCsatSettingsInput!) { saveCsatSettings(input: $i) { settings { ${SETTINGS} } } }`, { i: input });
const newQueue = async (name: string) => ((await api.ctx.ds.query(`INSERT INTO routing_queue (name) VALUES ($1) RETURNING id`, [`${name} ${tag}`])) as { id: string }[])[0]!.id;

/** A case of the agent's, with a contact to ask, waiting in `queueId`, then resolved. */
async function resolvedIn(queueId: string | null) {
  const contact = await api.ctx.newContact({ firstName: 'Wen', lastName: '李', emails: [`wen.${tag}.${Math.random().toString(36).slice(2)}@customer.example`] } as never);
  const k = await api.ctx.newCase({ contactId: contact.id, channel: 'email', subject: `Queue mode ${tag}`, owner: { owner: agentId, team: null } } as never);
  await api.ctx.ds.query(`UPDATE service_case SET queue_id = $2 WHERE id = $1`, [k.id, queueId]);
  await agent.gqlOk('mutation($i: SetCaseStatusInput!) { setCaseStatus(input: $i) { case { id status } } }', { i: { id: k.id, status: 'resolved' } });
  return k.id;
}
const surveyed = async (caseId: string) => ((await api.ctx.ds.query(`SELECT 1 FROM csat_survey WHERE case_id = $1`, [caseId])) as unknown[]).length === 1;

beforeAll(async () => {
  const m = await api.ctx.newUser({ role: Role.ServiceManager, name: 'Manager Qiu' });
  manager = await api.signedIn(m.email);
  const a = await api.ctx.newUser({ role: Role.ServiceAgent, name: 'Agent Qiu' });
  agentId = a.id;
  agent = await api.signedIn(a.email);
  quiet = await newQueue('Quiet');
  loud = await newQueue('Loud');
  plain = await newQueue('Plain');
});

describe('per-queue survey modes', () => {
  it('are listed for every queue, null while a queue follows the company', async () => {
    const { csatSettings } = await manager.gqlOk<{ csatSettings: Settings }>(`{ csatSettings { ${SETTINGS} } }`);
    expect(csatSettings.queueModes).toEqual(expect.arrayContaining([{ queueId: quiet, queueName: `Quiet ${tag}`, active: true, mode: null }]));
  });

  it('are saved by service set-up writers only, with clear errors for unknown queues and repeats', async () => {
    expect((await save(agent, { mode: 'EVERY', queueModes: [{ queueId: quiet, mode: 'OFF' }] })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const unknown = await save(manager, { mode: 'EVERY', queueModes: [{ queueId: '0190a3c4-1111-7222-8333-444455556666', mode: 'OFF' }] });
    expect(unknown.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: 'input.queueModes.0.queueId', message: 'This queue does not exist.' })]);
    const twice = await save(manager, { mode: 'EVERY', queueModes: [{ queueId: quiet, mode: 'OFF' }, { queueId: quiet, mode: 'FIRST' }] });
    expect(twice.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: 'input.queueModes.1.queueId', message: 'is listed twice' })]);
    // Nothing of a refused save is kept.
    const { csatSettings } = await manager.gqlOk<{ csatSettings: Settings }>(`{ csatSettings { ${SETTINGS} } }`);
    expect(csatSettings.queueModes.find((q) => q.queueId === quiet)?.mode).toBeNull();
  });

  it('switch surveys off for a queue while the company asks after every resolution', async () => {
    const ok = await save(manager, { mode: 'EVERY', queueModes: [{ queueId: quiet, mode: 'OFF' }, { queueId: loud, mode: 'EVERY' }] });
    expect(ok.errors).toBeUndefined();
    const modes = Object.fromEntries(ok.data!.saveCsatSettings.settings.queueModes.map((q) => [q.queueId, q.mode]));
    expect(modes).toMatchObject({ [quiet]: 'OFF', [loud]: 'EVERY', [plain]: null });
    expect(await surveyed(await resolvedIn(quiet))).toBe(false);
    expect(await surveyed(await resolvedIn(plain))).toBe(true);
    expect(await surveyed(await resolvedIn(null))).toBe(true);
  });

  it('switch surveys on for a queue while the company has them off; saving without queueModes keeps them', async () => {
    expect((await save(manager, { mode: 'OFF' })).errors).toBeUndefined();
    expect(await surveyed(await resolvedIn(loud))).toBe(true);
    expect(await surveyed(await resolvedIn(plain))).toBe(false);
    expect(await surveyed(await resolvedIn(quiet))).toBe(false);
  });

  it('count in the report by queue, with the distribution of ratings', async () => {
    const k = await resolvedIn(loud);
    await api.ctx.ds.query(`UPDATE csat_survey SET rating = 5, answered_at = now() WHERE case_id = $1`, [k]);
    type Row = { key: string | null; label: string | null; surveysSent: number; responses: number; ratings: number[] };
    const ROW = 'key label surveysSent responses ratings';
    const { csatReport } = await manager.gqlOk<{ csatReport: { rows: Row[]; total: Row } }>(`query($i: CsatReportInput!) { csatReport(input: $i) { rows { ${ROW} } total { ${ROW} } } }`, {
      i: { from: started.toISOString(), to: new Date(Date.now() + 60_000).toISOString(), groupBy: 'QUEUE' },
    });
    expect(csatReport.rows.find((r) => r.key === loud)).toEqual({ key: loud, label: `Loud ${tag}`, surveysSent: 2, responses: 1, ratings: [0, 0, 0, 0, 1] });
    // Other files' surveys may share the period: the total's distribution adds up to its responses.
    expect(csatReport.total.ratings.reduce((a, b) => a + b, 0)).toBe(csatReport.total.responses);
  });

  it('follow the company again once cleared', async () => {
    const ok = await save(manager, { mode: 'EVERY', queueModes: [{ queueId: quiet, mode: null }] });
    expect(ok.data!.saveCsatSettings.settings.queueModes.find((q) => q.queueId === quiet)?.mode).toBeNull();
    expect(await surveyed(await resolvedIn(quiet))).toBe(true);
    await save(manager, { mode: 'OFF', queueModes: [{ queueId: loud, mode: null }] });
  });
});
