import { MigrationInterface, QueryRunner } from 'typeorm';

/** Picklist options get translations like the field's label (docs/adr/0010): option value → per-locale label. */
export class CustomFieldOptionLabels1795463000100 implements MigrationInterface {
  name = 'CustomFieldOptionLabels1795463000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "custom_field_definition" ADD "option_labels" jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "custom_field_definition" DROP COLUMN "option_labels"`);
  }
}
