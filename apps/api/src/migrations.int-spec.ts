import { createAppDataSource } from '@rapport/platform-registry';
import { TestContext } from '@rapport/shared-testing';

/** The committed migrations and the entities describe the same schema (else `npm run migration:generate`). */
it('has no schema change left outside a migration', async () => {
  const ctx = await TestContext.create();
  const ds = createAppDataSource(ctx.databaseUrl, { poolSize: 1 });
  await ds.initialize();
  try {
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  } finally {
    await ds.destroy();
    await ctx.close();
  }
});
