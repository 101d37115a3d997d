import { MigrationInterface, QueryRunner } from 'typeorm';

/** A contact's time zone, for mailings delivered at a local hour (issue 15). */
export class ContactTimeZone1796512749383 implements MigrationInterface {
  name = 'ContactTimeZone1796512749383';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contact" ADD "time_zone" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contact" DROP COLUMN "time_zone"`);
  }
}
