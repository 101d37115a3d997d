import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Products get optional translations of their names, like pipelines and stages (docs/adr/0010),
 * and quote lines keep the translations beside the name they copy when priced, so a quote's PDF
 * names each product in the quote's language without ever changing under the customer.
 */
export class ProductNames1795464000000 implements MigrationInterface {
  name = 'ProductNames1795464000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product" ADD "names" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "quote_line" ADD "product_names" jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quote_line" DROP COLUMN "product_names"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "names"`);
  }
}
