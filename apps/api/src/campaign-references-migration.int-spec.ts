import { createAppDataSource } from '@rapport/platform-registry';
import { TestContext } from '@rapport/shared-testing';

/**
 * The migration that turns lead and deal campaign texts into campaign references (issue 14): run
 * back and forth on a database of its own, over rows written as the previous schema held them.
 */
it('links each campaign text to the campaign of that name, creating the missing ones once', async () => {
  const ctx = await TestContext.create();
  const ds = createAppDataSource(ctx.databaseUrl, { poolSize: 1 });
  await ds.initialize();
  try {
    // Back to just before it (undoing the later ones first), as a database of the previous release.
    // TypeORM runs (and undoes) them by the timestamp ending each name, whatever lib registers them.
    const stamp = (name?: string) => Number(/\d{13}$/.exec(name ?? '')?.[0]);
    const later = ds.migrations.filter((m) => stamp(m.name) >= stamp('CampaignReferences1796473160201')).length;
    expect(later).toBeGreaterThanOrEqual(1);
    const back = async () => {
      for (let i = 0; i < later; i++) await ds.undoLastMigration();
    };
    await back();
    const [{ id: existing }] = await ds.query(`INSERT INTO campaign (name, type, status) VALUES ('Spring Expo', 'trade_show', 'active') RETURNING id`);
    const [{ id: account }] = await ds.query(`INSERT INTO account (name, name_normalized) VALUES ('Old Co', 'old co') RETURNING id`);
    const [{ id: pipeline }] = await ds.query(`SELECT id FROM pipeline WHERE is_default`);
    const [{ id: stage }] = await ds.query(`SELECT id FROM stage WHERE pipeline_id = $1 ORDER BY position LIMIT 1`, [pipeline]);
    const lead = (campaign: string | null) =>
      ds.query(`INSERT INTO lead (last_name, name_normalized, source, campaign) VALUES ('Old', 'old', 'web', $1) RETURNING id`, [campaign]).then((r) => r[0].id as string);
    const leads = [await lead('spring expo'), await lead('Autumn Fair '), await lead('autumn fair'), await lead(null), await lead('  ')];
    const [{ id: deal }] = await ds.query(
      `INSERT INTO opportunity (name, account_id, pipeline_id, stage_id, currency, campaign) VALUES ('Old deal', $1, $2, $3, 'CNY', 'Autumn fair') RETURNING id`,
      [account, pipeline, stage],
    );

    await ds.runMigrations();

    const campaigns: { id: string; name: string; type: string; status: string }[] = await ds.query(`SELECT id, name, type, status FROM campaign ORDER BY created_at`);
    expect(campaigns.map((c) => c.name)).toEqual(['Spring Expo', 'Autumn Fair']);
    const autumn = campaigns[1]!;
    expect(autumn).toMatchObject({ type: 'other', status: 'completed' });
    const linked: { id: string; campaign_id: string | null; campaign: string | null }[] = await ds.query(`SELECT id, campaign_id, campaign FROM lead WHERE id = ANY($1::uuid[])`, [leads]);
    const byId = new Map(linked.map((l) => [l.id, l]));
    expect(leads.map((id) => byId.get(id)!.campaign_id)).toEqual([existing, autumn.id, autumn.id, null, null]);
    // The lead keeps what it named; the deal's text is gone once linked.
    expect(byId.get(leads[1]!)!.campaign).toBe('Autumn Fair ');
    expect(await ds.query(`SELECT campaign_id FROM opportunity WHERE id = $1`, [deal])).toEqual([{ campaign_id: autumn.id }]);

    await back();
    expect(await ds.query(`SELECT campaign FROM opportunity WHERE id = $1`, [deal])).toEqual([{ campaign: 'Autumn Fair' }]);
    await ds.runMigrations();
  } finally {
    await ds.destroy();
    await ctx.close();
  }
});
