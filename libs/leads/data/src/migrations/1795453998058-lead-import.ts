import { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadImport1795453998058 implements MigrationInterface {
  name = 'LeadImport1795453998058';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "lead_import" ("id" uuid NOT NULL DEFAULT uuidv7(), "file_name" text NOT NULL, "file_format" text NOT NULL, "file_size" integer NOT NULL, "file" bytea, "columns" text array NOT NULL DEFAULT '{}', "preview" jsonb NOT NULL DEFAULT '[]', "suggested_mapping" jsonb NOT NULL DEFAULT '[]', "total_rows" integer NOT NULL DEFAULT '0', "status" text NOT NULL DEFAULT 'uploaded', "mapping" jsonb NOT NULL DEFAULT '[]', "dedup_policy" text NOT NULL DEFAULT 'skip', "route_leads" boolean NOT NULL DEFAULT false, "owner_id" uuid, "actor" jsonb, "progress" integer NOT NULL DEFAULT '0', "staged_at" TIMESTAMP WITH TIME ZONE, "classified_at" TIMESTAMP WITH TIME ZONE, "created_count" integer NOT NULL DEFAULT '0', "updated_count" integer NOT NULL DEFAULT '0', "merged_count" integer NOT NULL DEFAULT '0', "duplicate_count" integer NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "removed_count" integer NOT NULL DEFAULT '0', "restored_count" integer NOT NULL DEFAULT '0', "error" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "undone_at" TIMESTAMP WITH TIME ZONE, "undone_by" uuid, CONSTRAINT "PK_8e5349fb93f689e6b4635d994da" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "lead_import_created_idx" ON "lead_import"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "lead_import_creator_idx" ON "lead_import"  ("created_by", "created_at") `);
    await queryRunner.query(`CREATE TABLE "lead_import_row" ("import_id" uuid NOT NULL, "row_no" integer NOT NULL, "first_name" text, "last_name" text, "name_normalized" text, "company" text, "company_normalized" text, "title" text, "email" text, "phone" text, "phone_normalized" text, "source" text, "campaign" text, "status" text, "product_interest" text, "country" text, "region" text, "message" text, "employees" integer, "language" text, "errors" jsonb, "outcome" text, "match_kind" text, "match_on" text, "match_id" uuid, "match_row" integer, "lead_id" uuid, "applied" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_1ff676a76caa70d6f300d9ad508" PRIMARY KEY ("import_id", "row_no"))`);
    await queryRunner.query(`CREATE TABLE "lead_import_item" ("import_id" uuid NOT NULL, "lead_id" uuid NOT NULL, "row_no" integer NOT NULL, "action" text NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_8c72f12eee90d0c0a9420e6b22b" PRIMARY KEY ("import_id", "lead_id"))`);
    await queryRunner.query(`CREATE INDEX "lead_import_item_lead_idx" ON "lead_import_item"  ("lead_id") `);
    await queryRunner.query(`CREATE TABLE "lead_import_mapping" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "mapping" jsonb NOT NULL DEFAULT '[]', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_11b7fdddfb504be6fa39fab35b0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "lead_import_mapping_name_idx" ON "lead_import_mapping"  ("created_by", "name") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."lead_import_mapping_name_idx"`);
    await queryRunner.query(`DROP TABLE "lead_import_mapping"`);
    await queryRunner.query(`DROP INDEX "public"."lead_import_item_lead_idx"`);
    await queryRunner.query(`DROP TABLE "lead_import_item"`);
    await queryRunner.query(`DROP TABLE "lead_import_row"`);
    await queryRunner.query(`DROP INDEX "public"."lead_import_creator_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lead_import_created_idx"`);
    await queryRunner.query(`DROP TABLE "lead_import"`);
  }
}
