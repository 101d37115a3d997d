import { MigrationInterface, QueryRunner } from 'typeorm';

export class Handover1795447421976 implements MigrationInterface {
  name = 'Handover1795447421976';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "handover" ("id" uuid NOT NULL DEFAULT uuidv7(), "from_user_id" uuid NOT NULL, "assignments" jsonb NOT NULL, "deactivate_after" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT 'queued', "total" integer NOT NULL DEFAULT '0', "moved" integer NOT NULL DEFAULT '0', "error" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_15e64c0391cf9fb9278f297691f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "handover_from_idx" ON "handover"  ("from_user_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."handover_from_idx"`);
    await queryRunner.query(`DROP TABLE "handover"`);
  }
}
