import { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadIntakeColumns1795453712000 implements MigrationInterface {
  name = 'LeadIntakeColumns1795453712000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead" ADD "employees" integer`);
    await queryRunner.query(`ALTER TABLE "lead" ADD "language" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead" DROP COLUMN "language"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP COLUMN "employees"`);
  }
}
