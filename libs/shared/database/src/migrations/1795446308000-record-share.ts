import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordShare1795446308000 implements MigrationInterface {
  name = 'RecordShare1795446308000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "record_share" ("id" uuid NOT NULL DEFAULT uuidv7(), "object_type" text NOT NULL, "record_id" uuid NOT NULL, "user_id" uuid, "team_id" uuid, "access" text NOT NULL DEFAULT 'read', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "record_share_target_chk" CHECK ((user_id IS NULL) <> (team_id IS NULL)), CONSTRAINT "PK_0b4ec76fe2a9a7c3e6012b58230" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "record_share_team_idx" ON "record_share"  ("team_id") `);
    await queryRunner.query(`CREATE INDEX "record_share_user_idx" ON "record_share"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "record_share_record_idx" ON "record_share"  ("object_type", "record_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."record_share_record_idx"`);
    await queryRunner.query(`DROP INDEX "public"."record_share_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."record_share_team_idx"`);
    await queryRunner.query(`DROP TABLE "record_share"`);
  }
}
