import { MigrationInterface, QueryRunner } from 'typeorm';

export class BusinessCalendars1796567596523 implements MigrationInterface {
  name = 'BusinessCalendars1796567596523';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "business_calendar" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "time_zone" text NOT NULL, "week" jsonb NOT NULL, "holidays" jsonb NOT NULL DEFAULT '[]', "workdays" jsonb NOT NULL DEFAULT '[]', "is_default" boolean NOT NULL DEFAULT false, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_14a4bf837e647af2edf17f6c97a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "business_calendar_default_key" ON "business_calendar"  ("is_default") WHERE is_default`);
    // Names are unique whatever their case.
    await queryRunner.query(`CREATE UNIQUE INDEX "business_calendar_name_key" ON "business_calendar" (lower(name))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."business_calendar_name_key"`);
    await queryRunner.query(`DROP INDEX "public"."business_calendar_default_key"`);
    await queryRunner.query(`DROP TABLE "business_calendar"`);
  }
}
