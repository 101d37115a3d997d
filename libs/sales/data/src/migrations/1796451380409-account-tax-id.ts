import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountTaxId1796451380409 implements MigrationInterface {
  name = 'AccountTaxId1796451380409';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" ADD "tax_id" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "tax_id"`);
  }
}
