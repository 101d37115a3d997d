import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pipelines and stages get optional translations of their names (docs/adr/0010), and the default
 * pipeline every installation starts with gets its Chinese names, so a Chinese UI does not show
 * "Qualification" from day one. Only rows still carrying the English name the default-pipeline
 * migration wrote, and no translations yet, are filled: a name an admin changed is theirs.
 */
const DEFAULT_NAMES: [string, string, string][] = [
  ['New Business', '新业务', '新業務'],
  ['Prospecting', '初步接洽', '初步接洽'],
  ['Qualification', '资格确认', '資格確認'],
  ['Proposal', '方案报价', '提案報價'],
  ['Negotiation', '商务谈判', '議價協商'],
  ['Closed Won', '赢单', '成交'],
  ['Closed Lost', '丢单', '未成交'],
];

export class TranslatedNames1795463000000 implements MigrationInterface {
  name = 'TranslatedNames1795463000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pipeline" ADD "names" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "stage" ADD "names" jsonb NOT NULL DEFAULT '{}'`);
    const [pipeline, ...stages] = DEFAULT_NAMES;
    const names = ([, cn, tw]: [string, string, string]) => JSON.stringify({ 'zh-CN': cn, 'zh-TW': tw });
    await queryRunner.query(`UPDATE "pipeline" SET "names" = $2::jsonb WHERE "is_default" AND "name" = $1 AND "names" = '{}'`, [pipeline[0], names(pipeline)]);
    for (const stage of stages) {
      await queryRunner.query(
        `UPDATE "stage" s SET "names" = $2::jsonb FROM "pipeline" p
          WHERE p.id = s.pipeline_id AND p.is_default AND p.name = $3 AND s.name = $1 AND s.names = '{}'`,
        [stage[0], names(stage), pipeline[0]],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stage" DROP COLUMN "names"`);
    await queryRunner.query(`ALTER TABLE "pipeline" DROP COLUMN "names"`);
  }
}
