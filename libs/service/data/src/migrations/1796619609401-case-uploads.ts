import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agents' files on replies and notes (issue 18): a file is uploaded before the message that
 * carries it, so `message_id` is null until it is sent, and `uploaded_by` says whose upload it is.
 * The partial index serves the sweep of uploads never sent.
 */
export class CaseUploads1796619609401 implements MigrationInterface {
  name = 'CaseUploads1796619609401';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_attachment" ADD "uploaded_by" uuid`);
    await queryRunner.query(`ALTER TABLE "case_attachment" ALTER COLUMN "message_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "case_attachment_unsent_idx" ON "case_attachment"  ("created_at") WHERE "message_id" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."case_attachment_unsent_idx"`);
    await queryRunner.query(`DELETE FROM "case_attachment" WHERE "message_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "case_attachment" ALTER COLUMN "message_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "case_attachment" DROP COLUMN "uploaded_by"`);
  }
}
