import { Role } from '@rapport/shared-domain';
import { HandoverService } from '@rapport/sales-api';
import { useTestApi } from './testing/test-api';

const api = useTestApi();

/** A leaving rep's book: open and closed work, so we can see what moves and what stays. */
async function book(ownerId: string, teamId: string) {
  const owner = { owner: ownerId, team: teamId };
  const { id: account } = await api.ctx.newAccount({ name: 'Leaving Co', owner });
  await api.ctx.newContact({ accountId: account, lastName: 'Ng', owner });
  await api.ctx.newLead({ lastName: 'Open', source: 'web', owner });
  await api.ctx.newLead({ lastName: 'Done', source: 'web', status: 'converted', owner });
  const { id: open } = await api.ctx.newOpportunity({ name: 'Open deal', accountId: account, amount: '5000', nextStep: 'Send the quote', owner });
  await api.ctx.newOpportunity({ name: 'Won deal', accountId: account, closedAt: new Date(), owner });
  await api.ctx.newActivity({ type: 'task', subject: 'Renewal call', dueAt: new Date(Date.now() + 2 * 86_400_000), accountId: account, owner });
  await api.ctx.newActivity({ type: 'call', subject: 'Old call', done: true, accountId: account, owner });
  return { account, open };
}

const TRANSFER = 'mutation($i: TransferOwnershipInput!) { transferOwnership(input: $i) { handover { id status total progress } } }';

describe('handover of a leaving rep’s book', () => {
  it('moves every open record in a job, leaves closed history, audits and briefs the new owner', async () => {
    const team = await api.ctx.newTeam();
    const manager = await api.ctx.newUser({ role: Role.SalesManager, teamId: team.id });
    await api.ctx.setTeamManager(team, manager);
    const leaving = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const heir = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const { open } = await book(leaving.id, team.id);

    const boss = await api.signedIn(manager.email);
    const blocked = await boss.gql('mutation($id: ID!) { updateUser(input: { id: $id, active: false }) { user { id } } }', { id: leaving.id });
    expect(blocked.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const started = await boss.gqlOk<{ transferOwnership: { handover: { id: string; status: string; total: number } } }>(TRANSFER, { i: { fromUserId: leaving.id, toUserId: heir.id } });
    expect(started.transferOwnership.handover).toMatchObject({ status: 'queued', total: 5 });
    const [outbox] = await api.ctx.ds.query(`SELECT job_name, payload FROM outbox WHERE dedup_key = $1`, [`transfer-ownership:${started.transferOwnership.handover.id}`]);
    expect(outbox).toEqual({ job_name: 'transfer-ownership', payload: { handoverId: started.transferOwnership.handover.id } });

    const progress: number[] = [];
    const service = api.app.get(HandoverService);
    const done = await service.run(started.transferOwnership.handover.id, async (p) => void progress.push(p));
    expect(done).toMatchObject({ status: 'done', moved: 5 });
    expect(progress.at(-1)).toBe(100);

    const owners = await api.ctx.ds.query(
      `SELECT 'account' t, owner_id FROM account WHERE name = 'Leaving Co' UNION ALL SELECT 'lead:' || status, owner_id FROM lead WHERE name_normalized IN ('open','done')
       UNION ALL SELECT 'opp:' || name, owner_id FROM opportunity WHERE name IN ('Open deal','Won deal') UNION ALL SELECT 'act:' || subject, owner_id FROM activity WHERE subject IN ('Renewal call','Old call')
       UNION ALL SELECT 'contact', owner_id FROM contact WHERE last_name = 'Ng' ORDER BY 1`,
    );
    const who = Object.fromEntries(owners.map((r: { t: string; owner_id: string }) => [r.t, r.owner_id === heir.id ? 'heir' : 'leaving']));
    expect(who).toEqual({
      account: 'heir',
      contact: 'heir',
      'lead:new': 'heir',
      'lead:converted': 'leaving',
      'opp:Open deal': 'heir',
      'opp:Won deal': 'leaving',
      'act:Renewal call': 'heir',
      'act:Old call': 'leaving',
    });
    const [{ n }] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'transfer' AND changes->0->>'to' = $1`, [heir.id]);
    expect(n).toBe(5);

    const heirClient = await api.signedIn(heir.email);
    const bell = await heirClient.gqlOk<{ unreadNotificationCount: number; notifications: { kind: string; payloadJson: string }[] }>('{ unreadNotificationCount notifications { kind payloadJson } }');
    expect(bell.unreadNotificationCount).toBe(1);
    const digest = JSON.parse(bell.notifications[0].payloadJson);
    expect(digest.deals).toEqual([expect.objectContaining({ id: open, stage: 'Prospecting', nextStep: 'Send the quote', amount: '5000.00' })]);
    expect(digest.tasks.map((t: { subject: string }) => t.subject)).toEqual(['Renewal call']);

    // Running the job again (a retry) changes nothing and sends nothing twice.
    await service.run(started.transferOwnership.handover.id);
    expect((await heirClient.gqlOk<{ unreadNotificationCount: number }>('{ unreadNotificationCount }')).unreadNotificationCount).toBe(1);
  });

  it('refuses to deactivate someone who still owns records, and deactivates after a handover that asks for it', async () => {
    const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
    const team = await api.ctx.newTeam();
    const leaving = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const heir = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    await book(leaving.id, team.id);
    const refused = await admin.gql('mutation($id: ID!) { updateUser(input: { id: $id, active: false }) { user { id } } }', { id: leaving.id });
    expect(refused.errors?.[0].extensions?.fields?.[0]).toEqual({
      path: 'input.active',
      message: expect.stringMatching(/Hand over .*1 leads, 1 opportunities, 1 accounts, 1 contacts, 1 tasks/),
      messageKey: 'users.handOverFirst',
      params: { list: expect.stringMatching(/1 leads, 1 opportunities, 1 accounts, 1 contacts, 1 tasks/) },
    });

    const { transferOwnership } = await admin.gqlOk<{ transferOwnership: { handover: { id: string } } }>(TRANSFER, { i: { fromUserId: leaving.id, toUserId: heir.id, deactivate: true } });
    await api.app.get(HandoverService).run(transferOwnership.handover.id);
    const [{ active }] = await api.ctx.ds.query(`SELECT active FROM app_user WHERE id = $1`, [leaving.id]);
    expect(active).toBe(false);
    const h = await admin.gqlOk<{ handover: { status: string; progress: number } }>('query($id: ID!) { handover(id: $id) { status progress } }', { id: transferOwnership.handover.id });
    expect(h.handover).toEqual({ status: 'done', progress: 100 });
  });

  it('lets only managers and admins hand over books in their reach', async () => {
    const team = await api.ctx.newTeam();
    const rep = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const other = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const r = await (await api.signedIn(rep.email)).gql(TRANSFER, { i: { fromUserId: other.id, toUserId: rep.id } });
    expect(r.errors?.[0].extensions?.fields?.[0].path).toBe('input.fromUserId');
    const outsider = await api.ctx.newUser({ role: Role.SalesRep });
    const managerTeam = await api.ctx.newTeam();
    const manager = await api.ctx.newUser({ role: Role.SalesManager, teamId: managerTeam.id });
    await api.ctx.setTeamManager(managerTeam, manager);
    const m = await (await api.signedIn(manager.email)).gql(TRANSFER, { i: { fromUserId: outsider.id, toUserId: manager.id } });
    expect(m.errors?.[0].extensions?.fields?.[0].path).toBe('input.fromUserId');
  });
});
