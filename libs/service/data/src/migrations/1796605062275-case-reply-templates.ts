import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseReplyTemplates1796605062275 implements MigrationInterface {
  name = 'CaseReplyTemplates1796605062275';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_reply_template" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "language" text, "body" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c2ee5e2fb7cc9b57cc847effa9c" PRIMARY KEY ("id"))`);
    // Names are unique whatever their case.
    await queryRunner.query(`CREATE UNIQUE INDEX "case_reply_template_name_key" ON "case_reply_template" (lower(name))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."case_reply_template_name_key"`);
    await queryRunner.query(`DROP TABLE "case_reply_template"`);
  }
}
