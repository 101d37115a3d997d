import { MigrationInterface, QueryRunner } from 'typeorm';

/** A lead's time zone, like the contact's: mailings at a local hour reach leads too (issue 15). */
export class LeadTimeZone1796524843232 implements MigrationInterface {
  name = 'LeadTimeZone1796524843232';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead" ADD "time_zone" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead" DROP COLUMN "time_zone"`);
  }
}
