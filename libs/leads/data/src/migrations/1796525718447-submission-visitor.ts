import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The web visitor (the tracking script's cookie id) a web-to-lead submission came from (issue 16
 * item 6): marketing links that visitor to the lead, so the pages viewed before the form count as
 * the lead's. Nullable: most integrations and every older form post none.
 */
export class SubmissionVisitor1796525718447 implements MigrationInterface {
  name = 'SubmissionVisitor1796525718447';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead_submission" ADD "visitor_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead_submission" DROP COLUMN "visitor_id"`);
  }
}
