import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseFollows1796578681265 implements MigrationInterface {
  name = 'CaseFollows1796578681265';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_case" ADD "follows_case_id" uuid`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD CONSTRAINT "service_case_follows_fk" FOREIGN KEY ("follows_case_id") REFERENCES "service_case"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_case" DROP CONSTRAINT "service_case_follows_fk"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP COLUMN "follows_case_id"`);
  }
}
