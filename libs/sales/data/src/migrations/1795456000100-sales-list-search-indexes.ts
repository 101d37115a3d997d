import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the sales lists and global search at a million contacts (docs/performance.md), by
 * hand: expression, partial and covering indexes are declared `synchronize: false` in the entities.
 *
 * - Case-insensitive name order and prefix filters: `lower(col) COLLATE "C"` then id, the exact
 *   expressions the lists sort and page by (shared-database `folded`). They replace the plain name
 *   indexes, whose order no list uses any more.
 * - INCLUDE (owner_id, team_id, …): the visibility scope and the common filters can be checked in
 *   the index, so the id step of a page and the capped count are index-only scans instead of a
 *   table visit per row the scope throws away. The raw column is included because PostgreSQL only
 *   plans an index-only scan when every column the query names is in the index.
 * - Owner-led indexes for the "own" arm of the capped count (shared-database `scopeArms`): a rep's
 *   matches by name prefix or creation window are one index range instead of a filter over every
 *   match of the whole team. They replace the plain owner indexes (owner_id stays the leading
 *   column, deleted_at is carried so they still serve lookups that include deleted rows).
 * - WHERE deleted_at IS NULL: lists never show soft-deleted rows (TypeORM adds the condition).
 * - Search: character bigrams for two-character terms (`text_bigrams`), trigrams for the
 *   opportunity name and for contacts' addresses (`text_array_join`).
 */
export class SalesListSearchIndexes1795456000100 implements MigrationInterface {
  name = 'SalesListSearchIndexes1795456000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."contact_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."account_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contact_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."account_owner_idx"`);
    await queryRunner.query(
      `CREATE INDEX "contact_owner_name_idx" ON "contact" ("owner_id", (lower("last_name") COLLATE "C"), "id") INCLUDE ("last_name", "team_id", "created_at", "deleted_at")`,
    );
    await queryRunner.query(`CREATE INDEX "contact_owner_created_idx" ON "contact" ("owner_id", "created_at", "id") INCLUDE ("team_id", "deleted_at")`);
    await queryRunner.query(
      `CREATE INDEX "account_owner_name_idx" ON "account" ("owner_id", (lower("name") COLLATE "C"), "id") INCLUDE ("name", "team_id", "created_at", "deleted_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "contact_last_name_lower_idx" ON "contact" ((lower("last_name") COLLATE "C"), "id") INCLUDE ("last_name", "owner_id", "team_id", "created_at") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "contact_created_idx" ON "contact" ("created_at", "id") INCLUDE ("owner_id", "team_id") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "contact_name_bigram_idx" ON "contact" USING gin (text_bigrams("name_normalized"))`);
    await queryRunner.query(`CREATE INDEX "contact_emails_trgm_idx" ON "contact" USING gin (text_array_join("emails") gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "account_name_lower_idx" ON "account" ((lower("name") COLLATE "C"), "id") INCLUDE ("name", "owner_id", "team_id", "created_at") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "account_name_bigram_idx" ON "account" USING gin (text_bigrams("name_normalized"))`);
    await queryRunner.query(`CREATE INDEX "opportunity_name_trgm_idx" ON "opportunity" USING gin ("name" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "opportunity_name_bigram_idx" ON "opportunity" USING gin (text_bigrams(lower("name")))`);
    await queryRunner.query(
      `CREATE INDEX "opportunity_close_sort_idx" ON "opportunity" ((COALESCE("close_date", DATE '9999-12-31')), "id") INCLUDE ("owner_id", "team_id") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "activity_occurred_idx" ON "activity" ("occurred_at", "id") INCLUDE ("owner_id", "team_id") WHERE "deleted_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of [
      'activity_occurred_idx',
      'opportunity_close_sort_idx',
      'opportunity_name_bigram_idx',
      'opportunity_name_trgm_idx',
      'account_name_bigram_idx',
      'account_name_lower_idx',
      'contact_emails_trgm_idx',
      'contact_name_bigram_idx',
      'contact_created_idx',
      'contact_last_name_lower_idx',
      'account_owner_name_idx',
      'contact_owner_created_idx',
      'contact_owner_name_idx',
    ]) {
      await queryRunner.query(`DROP INDEX "public"."${name}"`);
    }
    await queryRunner.query(`CREATE INDEX "account_owner_idx" ON "account" ("owner_id") `);
    await queryRunner.query(`CREATE INDEX "contact_owner_idx" ON "contact" ("owner_id") `);
    await queryRunner.query(`CREATE INDEX "account_name_idx" ON "account" ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "contact_name_idx" ON "contact" ("last_name", "first_name", "id") `);
  }
}
