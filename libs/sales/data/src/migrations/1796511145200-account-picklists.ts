import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A common set of industries, in the three languages, so a new installation can classify
 * accounts from the first day (Taiwan's terms in zh-TW: 軟體, 電信). Territories are each
 * company's own and start empty.
 */
const DEFAULT_INDUSTRIES: [string, string, string][] = [
  ['Agriculture', '农业', '農業'],
  ['Automotive', '汽车', '汽車'],
  ['Construction', '建筑', '營建'],
  ['Education', '教育', '教育'],
  ['Energy', '能源', '能源'],
  ['Finance', '金融', '金融'],
  ['Government', '政府', '政府'],
  ['Healthcare', '医疗健康', '醫療保健'],
  ['Hospitality', '酒店餐饮', '餐旅'],
  ['Logistics', '物流', '物流'],
  ['Manufacturing', '制造业', '製造業'],
  ['Media', '媒体', '媒體'],
  ['Real estate', '房地产', '不動產'],
  ['Retail', '零售', '零售'],
  ['Software', '软件', '軟體'],
  ['Telecommunications', '电信', '電信'],
  ['Other', '其他', '其他'],
];

/**
 * Accounts' industries and territories become configured values (docs/adr/0018-picklists.md):
 * the default industries, then every distinct value an account holds joins its picklist (after
 * them), so no account loses its value and each can be translated.
 */
export class AccountPicklists1796511145200 implements MigrationInterface {
  name = 'AccountPicklists1796511145200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO picklist_value (list, value, names, position)
       SELECT 'industry', v, jsonb_build_object('zh-CN', cn, 'zh-TW', tw), o::int * 10 FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(v, cn, tw, o)
       ON CONFLICT DO NOTHING`,
      [DEFAULT_INDUSTRIES.map((d) => d[0]), DEFAULT_INDUSTRIES.map((d) => d[1]), DEFAULT_INDUSTRIES.map((d) => d[2])],
    );
    for (const [list, column] of [
      ['industry', 'industry'],
      ['territory', 'territory'],
    ]) {
      await queryRunner.query(
        `INSERT INTO picklist_value (list, value, position)
         SELECT $1, v, (SELECT coalesce(max(position), 0) FROM picklist_value WHERE list = $1) + (row_number() OVER (ORDER BY v))::int * 10
           FROM (SELECT DISTINCT btrim(${column}) AS v FROM account WHERE btrim(coalesce(${column}, '')) <> '') s
         ON CONFLICT DO NOTHING`,
        [list],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM picklist_value WHERE list IN ('industry', 'territory')`);
  }
}
