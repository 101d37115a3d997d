import { MigrationInterface, QueryRunner } from 'typeorm';

export class NurtureSegmentSource1796553974583 implements MigrationInterface {
  name = 'NurtureSegmentSource1796553974583';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "nurture" ADD "source_segment_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "nurture" DROP COLUMN "source_segment_id"`);
  }
}
