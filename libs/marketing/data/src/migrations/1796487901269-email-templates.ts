import { MigrationInterface, QueryRunner } from 'typeorm';

/** Email templates and their immutable versions (issue 15): MJML + Liquid per language. */
export class EmailTemplates1796487901269 implements MigrationInterface {
  name = 'EmailTemplates1796487901269';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "email_template" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "kind" text NOT NULL, "current_version_id" uuid, "archived" boolean NOT NULL DEFAULT false, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "email_template_kind_check" CHECK (kind IN ('marketing', 'transactional')), CONSTRAINT "PK_c90815fd4ca9119f19462207710" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "email_template_version" ("id" uuid NOT NULL DEFAULT uuidv7(), "template_id" uuid NOT NULL, "version" integer NOT NULL, "variants" jsonb NOT NULL, "content_key" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_393ffbf84cb37c00fb0b216b9ae" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "email_template_version_key" ON "email_template_version"  ("template_id", "version") `);
    await queryRunner.query(`ALTER TABLE "email_template_version" ADD CONSTRAINT "FK_c6aa952258f55c38e02798c4235" FOREIGN KEY ("template_id") REFERENCES "email_template"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_template_version" DROP CONSTRAINT "FK_c6aa952258f55c38e02798c4235"`);
    await queryRunner.query(`DROP INDEX "public"."email_template_version_key"`);
    await queryRunner.query(`DROP TABLE "email_template_version"`);
    await queryRunner.query(`DROP TABLE "email_template"`);
  }
}
