import { MigrationInterface, QueryRunner } from 'typeorm';

export class SlaPolicyDefault1796592426378 implements MigrationInterface {
  name = 'SlaPolicyDefault1796592426378';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_sla_policy" ADD "is_default" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE UNIQUE INDEX "service_sla_policy_default_key" ON "service_sla_policy"  ("is_default") WHERE is_default`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."service_sla_policy_default_key"`);
    await queryRunner.query(`ALTER TABLE "service_sla_policy" DROP COLUMN "is_default"`);
  }
}
