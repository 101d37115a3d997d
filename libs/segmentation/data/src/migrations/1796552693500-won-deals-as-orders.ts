import { MigrationInterface, QueryRunner } from 'typeorm';

export class WonDealsAsOrders1796552693500 implements MigrationInterface {
  name = 'WonDealsAsOrders1796552693500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clv_model_run" ADD "won_deals_as_orders" boolean NOT NULL DEFAULT true`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clv_model_run" DROP COLUMN "won_deals_as_orders"`);
  }
}
