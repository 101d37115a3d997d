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
  protected constructor(
    ds: DataSource,
    readonly databaseUrl: string,
    private readonly drop: () => Promise<void>,
  ) {
    super(ds);
  }

  static async create(extra?: DataSourceExtra): Promise<TestContext> {
    return new TestContext(...(await TestContext.open(extra)));
  }

  /** A fresh database and a data source on it: what `create` builds on, and a subclass adding record factories too. */
  protected static async open(extra?: DataSourceExtra): Promise<[DataSource, string, () => Promise<void>]> {
    const db = await createTestDatabase();
    const ds = createDataSource(db.url, { poolSize: 4, ...extra });
    await ds.initialize();
    return [ds, db.url, db.drop];
  }

  async close(): Promise<void> {
    if (this.ds.isInitialized) await this.ds.destroy();
    await this.drop();
  }
}
