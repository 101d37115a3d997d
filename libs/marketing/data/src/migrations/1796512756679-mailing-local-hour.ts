import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mailings delivered at an hour of each recipient's day (issue 15). */
export class MailingLocalHour1796512756679 implements MigrationInterface {
  name = 'MailingLocalHour1796512756679';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mailing" ADD "local_hour" smallint`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mailing" DROP COLUMN "local_hour"`);
  }
}
