import type { DataSource, QueryRunner } from 'typeorm';

/**
 * A PostgreSQL session advisory lock on a connection of its own: held until `releaseSessionLock`,
 * or dropped by PostgreSQL when the connection (or the process) dies, so "is someone working on
 * this?" has an exact answer without leases or clocks (mailing pumps, the nurture engine).
 * Null when someone else holds it.
 */
export async function trySessionLock(ds: DataSource, key: string): Promise<QueryRunner | null> {
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    const [row] = await runner.query(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok`, [key]);
    if (row.ok) return runner;
  } catch (err) {
    await runner.release();
    throw err;
  }
  await runner.release();
  return null;
}

export async function releaseSessionLock(runner: QueryRunner, key: string): Promise<void> {
  try {
    await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [key]);
  } finally {
    await runner.release();
  }
}
