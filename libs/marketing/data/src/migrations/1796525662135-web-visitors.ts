import { MigrationInterface, QueryRunner } from 'typeorm';
import { partitionsAhead } from '@rapport/marketing-domain';
import { createPartitionSql } from '../repositories/page-view.repository';

/**
 * Web visitors (issue 16 item 6). `page_view` is append-only and the biggest table Rapport keeps,
 * so it is range-partitioned by month on `viewed_at` (declarative partitioning, written by hand:
 * TypeORM cannot express it, which is also why it has no entity). No primary key (a partitioned
 * table's would have to include viewed_at, and nothing looks a view up by id); the identity
 * column only orders views viewed in the same millisecond. No foreign key to web_visitor either:
 * one check per row would cost the ingestion more than the integrity is worth on an append-only log
 * whose visitor row the same statement writes. This month's and next month's partitions are made
 * here; the daily maintenance job (maintain-page-views) keeps a month ahead and drops the months
 * past the retention. `page_view_rate` is the ingestion's shared rate counter, UNLOGGED like
 * `public_lead_rate` (a crash only forgets the current minute).
 */
export class WebVisitors1796525662135 implements MigrationInterface {
  name = 'WebVisitors1796525662135';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "web_visitor" ("id" uuid NOT NULL, "first_seen" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen" TIMESTAMP WITH TIME ZONE NOT NULL, "contact_id" uuid, "lead_id" uuid, "identified_at" TIMESTAMP WITH TIME ZONE, "identified_by" text, CONSTRAINT "web_visitor_one_person_check" CHECK (NOT (contact_id IS NOT NULL AND lead_id IS NOT NULL)), CONSTRAINT "PK_88d7b186ec68195c8f940605911" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "web_visitor_contact_idx" ON "web_visitor"  ("contact_id") WHERE contact_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "web_visitor_lead_idx" ON "web_visitor"  ("lead_id") WHERE lead_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "web_visitor_known_seen_idx" ON "web_visitor"  ("last_seen", "id") WHERE contact_id IS NOT NULL OR lead_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "web_visitor" ADD CONSTRAINT "web_visitor_contact_fk" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "web_visitor" ADD CONSTRAINT "web_visitor_lead_fk" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    await queryRunner.query(
      `CREATE TABLE "web_interest_rule" ("id" uuid NOT NULL DEFAULT uuidv7(), "pattern" text NOT NULL, "product_line" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7c247bc5f89d5f024ba4b5a255a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "web_interest_rule_key" ON "web_interest_rule" ("pattern", "product_line") `);

    await queryRunner.query(
      `CREATE TABLE "web_visitor_settings" ("id" integer NOT NULL DEFAULT '1', "site_hosts" text array NOT NULL DEFAULT '{}', "retention_months" integer NOT NULL DEFAULT '13', "rate_limit_per_minute" integer NOT NULL DEFAULT '600', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "web_visitor_settings_single_check" CHECK (id = 1), CONSTRAINT "PK_5365911e33511a0864f3f3ed7cd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`INSERT INTO "web_visitor_settings" ("id") VALUES (1)`);

    await queryRunner.query(
      `CREATE TABLE "page_view" ("id" bigint GENERATED ALWAYS AS IDENTITY, "visitor_id" uuid NOT NULL, "viewed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "url" text NOT NULL, "page" text NOT NULL, "title" text, "referrer" text) PARTITION BY RANGE ("viewed_at")`,
    );
    // Created on the parent, so every partition gets it: a person's views newest first, and the keyset of their pages.
    await queryRunner.query(`CREATE INDEX "page_view_visitor_idx" ON "page_view" ("visitor_id", "viewed_at" DESC, "id" DESC)`);
    for (const p of partitionsAhead(new Date())) await queryRunner.query(createPartitionSql(p));

    await queryRunner.query(`CREATE UNLOGGED TABLE "page_view_rate" ("client_hash" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "page_view_rate_pkey" PRIMARY KEY ("client_hash"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "page_view_rate"`);
    await queryRunner.query(`DROP TABLE "page_view"`);
    await queryRunner.query(`DROP TABLE "web_visitor_settings"`);
    await queryRunner.query(`DROP TABLE "web_interest_rule"`);
    await queryRunner.query(`DROP TABLE "web_visitor"`);
  }
}
