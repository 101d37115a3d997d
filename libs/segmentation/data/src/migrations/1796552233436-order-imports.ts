import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderImports1796552233436 implements MigrationInterface {
  name = 'OrderImports1796552233436';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "order_import" ("id" uuid NOT NULL DEFAULT uuidv7(), "file_name" text NOT NULL, "file_format" text NOT NULL, "file" bytea NOT NULL, "columns" text array NOT NULL, "preview" jsonb NOT NULL DEFAULT '[]', "total_rows" integer NOT NULL, "suggested_mapping" jsonb NOT NULL DEFAULT '[]', "mapping" jsonb, "create_customers" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT 'uploaded', "progress" integer NOT NULL DEFAULT '0', "created" integer NOT NULL DEFAULT '0', "updated" integer NOT NULL DEFAULT '0', "customers_created" integer NOT NULL DEFAULT '0', "bad_rows" integer NOT NULL DEFAULT '0', "problems" jsonb NOT NULL DEFAULT '[]', "error" text, "actor" jsonb, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "undone_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "order_import_status_check" CHECK (status IN ('uploaded', 'queued', 'running', 'succeeded', 'failed', 'undone')), CONSTRAINT "PK_5a269da1ae51954a955191199e5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "order_import_created_idx" ON "order_import"  ("created_by", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."order_import_created_idx"`);
    await queryRunner.query(`DROP TABLE "order_import"`);
  }
}
