import { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomFields1795447705113 implements MigrationInterface {
  name = 'CustomFields1795447705113';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "custom_field_definition" ("id" uuid NOT NULL DEFAULT uuidv7(), "object_type" text NOT NULL, "key" text NOT NULL, "label" text NOT NULL, "labels" jsonb NOT NULL DEFAULT '{}', "type" text NOT NULL, "options" text array NOT NULL DEFAULT '{}', "required" boolean NOT NULL DEFAULT false, "position" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f75626eda05d6b2c0671422f0c8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "custom_field_definition_key" ON "custom_field_definition"  ("object_type", "key") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."custom_field_definition_key"`);
    await queryRunner.query(`DROP TABLE "custom_field_definition"`);
  }
}
