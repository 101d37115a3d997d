import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Products' lines become configured values (docs/adr/0018-picklists.md): every distinct
 * value a record holds joins its picklist, so no record loses its value and each can be translated.
 */
export class ProductLinePicklist1796511145300 implements MigrationInterface {
  name = 'ProductLinePicklist1796511145300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO picklist_value (list, value, position)
      SELECT 'productLine', v, (row_number() OVER (ORDER BY v))::int * 10 FROM (SELECT DISTINCT btrim(product_line) AS v FROM product WHERE btrim(coalesce(product_line, '')) <> '') s
      ON CONFLICT DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM picklist_value WHERE list IN ('productLine')`);
  }
}
