import { DataSource } from 'typeorm';
import { createDataSource } from '@rapport/shared-database';
import { createTestDatabase } from './test-database';
import { Factories } from './factories';

type DataSourceExtra = Parameters<typeof createDataSource>[1];

/**
 * What an integration test needs: its own migrated database, a data source on it and factories.
 * `await TestContext.create()` in beforeAll, `await ctx.close()` in afterAll.
 */
export class TestContext extends Factories {
  private constructor(
    ds: DataSource,
    readonly databaseUrl: string,
    private readonly drop: () => Promise<void>,
  ) {
    super(ds);
  }

  static async create(extra?: DataSourceExtra): Promise<TestContext> {
    const db = await createTestDatabase();
    const ds = createDataSource(db.url, { poolSize: 4, ...extra });
    await ds.initialize();
    return new TestContext(ds, db.url, db.drop);
  }

  async close(): Promise<void> {
    if (this.ds.isInitialized) await this.ds.destroy();
    await this.drop();
  }
}
