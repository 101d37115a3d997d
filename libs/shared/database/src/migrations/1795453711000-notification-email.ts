import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationEmail1795453711000 implements MigrationInterface {
  name = 'NotificationEmail1795453711000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD "emailed_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "emailed_at"`);
  }
}
