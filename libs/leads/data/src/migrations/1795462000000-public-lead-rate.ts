import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shared web-to-lead rate counter. UNLOGGED by hand (TypeORM cannot express it): no WAL, so the
 * upsert on every submission commits without waiting for a flush; after a crash PostgreSQL empties
 * it and standbys do not have it, which only forgets the current minute's counts.
 */
export class PublicLeadRate1795462000000 implements MigrationInterface {
  name = 'PublicLeadRate1795462000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "public_lead_rate" ("client_hash" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "public_lead_rate_pkey" PRIMARY KEY ("client_hash"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "public_lead_rate"`);
  }
}
