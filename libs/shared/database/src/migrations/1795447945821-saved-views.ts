import { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedViews1795447945821 implements MigrationInterface {
  name = 'SavedViews1795447945821';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "saved_view" ("id" uuid NOT NULL DEFAULT uuidv7(), "object_type" text NOT NULL, "name" text NOT NULL, "owner_id" uuid NOT NULL, "shared" boolean NOT NULL DEFAULT false, "definition" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be317311b88c1a5e47ad6c19081" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "saved_view_owner_idx" ON "saved_view"  ("object_type", "owner_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."saved_view_owner_idx"`);
    await queryRunner.query(`DROP TABLE "saved_view"`);
  }
}
