import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notification1795447421000 implements MigrationInterface {
  name = 'Notification1795447421000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT uuidv7(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text, "payload" jsonb NOT NULL DEFAULT '{}', "dedup_key" text, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_67ae21f119b1ce4326b472e2011" UNIQUE ("dedup_key"), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notification_unread_idx" ON "notification"  ("user_id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "notification_user_idx" ON "notification"  ("user_id", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."notification_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_unread_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
