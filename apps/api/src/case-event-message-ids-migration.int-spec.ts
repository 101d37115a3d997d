import { createAppDataSource } from '@rapport/platform-registry';
import { TestContext } from '@rapport/shared-testing';

/**
 * The migration that names the message of clock events written before events named it (issue 18,
 * split): run over rows as the previous release wrote them, on a database of its own.
 */
it('gives each message event the one message of its case, instant and direction, and leaves the ambiguous alone', async () => {
  const ctx = await TestContext.create();
  const ds = createAppDataSource(ctx.databaseUrl, { poolSize: 1 });
  await ds.initialize();
  try {
    const stamp = (name?: string) => Number(/\d{13}$/.exec(name ?? '')?.[0]);
    const later = ds.migrations.filter((m) => stamp(m.name) >= stamp('CaseEventMessageIds1796621400000')).length;
    expect(later).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < later; i++) await ds.undoLastMigration();

    const [{ id: k }] = await ds.query(`INSERT INTO service_case (number, subject) VALUES ('CS-2026-900001', 'Old case') RETURNING id`);
    const t = (minute: number) => new Date(Date.UTC(2026, 10, 2, 2, minute));
    const message = async (direction: string, channel: string, at: Date) =>
      (await ds.query(`INSERT INTO case_message (case_id, direction, channel, body, created_at) VALUES ($1, $2, $3, 'x', $4) RETURNING id`, [k, direction, channel, at]))[0].id as string;
    const event = async (kind: string, at: Date, data: Record<string, unknown> = {}) =>
      (await ds.query(`INSERT INTO case_event (case_id, kind, at, data) VALUES ($1, $2, $3, $4) RETURNING seq`, [k, kind, at, JSON.stringify(data)]))[0].seq as string;

    const mail = await message('inbound', 'email', t(1));
    const reply = await message('outbound', 'email', t(2));
    const note = await message('internal', 'note', t(3));
    const call = await message('inbound', 'phone', t(4));
    await message('inbound', 'email', t(5));
    await message('inbound', 'chat', t(5));
    const events = {
      mail: await event('customer_message', t(1), { channel: 'email' }),
      reply: await event('agent_response', t(2)),
      note: await event('note', t(3)),
      call: await event('agent_response', t(4), { how: 'call' }),
      twoAtOnce: await event('customer_message', t(5)),
      nothingThen: await event('customer_message', t(6)),
      named: await event('agent_response', t(2), { messageId: mail }),
      status: await event('status', t(2), { clockRuns: false }),
    };

    await ds.runMigrations();

    const rows: { seq: string; data: Record<string, unknown> }[] = await ds.query(`SELECT seq::text, data FROM case_event WHERE case_id = $1`, [k]);
    const dataOf = (seq: string) => rows.find((r) => r.seq === String(seq))!.data;
    expect(dataOf(events.mail)).toEqual({ channel: 'email', messageId: mail });
    expect(dataOf(events.reply)).toEqual({ messageId: reply });
    expect(dataOf(events.note)).toEqual({ messageId: note });
    expect(dataOf(events.call)).toEqual({ how: 'call', messageId: call });
    expect(dataOf(events.twoAtOnce)).toEqual({});
    expect(dataOf(events.nothingThen)).toEqual({});
    // An event that named its message already keeps it; other kinds are not touched.
    expect(dataOf(events.named)).toEqual({ messageId: mail });
    expect(dataOf(events.status)).toEqual({ clockRuns: false });
  } finally {
    await ds.destroy();
    await ctx.close();
  }
});
