import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseAttachments1796590899962 implements MigrationInterface {
  name = 'CaseAttachments1796590899962';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_attachment" ("id" uuid NOT NULL DEFAULT uuidv7(), "case_id" uuid NOT NULL, "message_id" uuid NOT NULL, "filename" character varying(255) NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_986ce92847042b75efad5e39601" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "case_attachment_case_idx" ON "case_attachment"  ("case_id") `);
    await queryRunner.query(`CREATE INDEX "case_attachment_message_idx" ON "case_attachment"  ("message_id") `);
    await queryRunner.query(`ALTER TABLE "case_message" ADD "refused_attachments" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "case_attachment" ADD CONSTRAINT "case_attachment_case_fk" FOREIGN KEY ("case_id") REFERENCES "service_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_attachment" ADD CONSTRAINT "case_attachment_message_fk" FOREIGN KEY ("message_id") REFERENCES "case_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_attachment" DROP CONSTRAINT "case_attachment_message_fk"`);
    await queryRunner.query(`ALTER TABLE "case_attachment" DROP CONSTRAINT "case_attachment_case_fk"`);
    await queryRunner.query(`ALTER TABLE "case_message" DROP COLUMN "refused_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."case_attachment_message_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_attachment_case_idx"`);
    await queryRunner.query(`DROP TABLE "case_attachment"`);
  }
}
