import { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactNeedsReview1796578672934 implements MigrationInterface {
  name = 'ContactNeedsReview1796578672934';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contact" ADD "needs_review" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contact" DROP COLUMN "needs_review"`);
  }
}
