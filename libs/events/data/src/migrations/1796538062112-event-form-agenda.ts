import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventFormAgenda1796538062112 implements MigrationInterface {
  name = 'EventFormAgenda1796538062112';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" ADD "form" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "event" ADD "agenda" jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "agenda"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "form"`);
  }
}
