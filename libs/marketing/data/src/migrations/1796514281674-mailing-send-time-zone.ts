import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each recipient row keeps its time zone, for quiet hours in the recipient's own day (issue 15). */
export class MailingSendTimeZone1796514281674 implements MigrationInterface {
  name = 'MailingSendTimeZone1796514281674';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mailing_send" ADD "time_zone" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mailing_send" DROP COLUMN "time_zone"`);
  }
}
