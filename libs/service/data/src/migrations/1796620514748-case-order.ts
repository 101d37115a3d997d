import { MigrationInterface, QueryRunner } from 'typeorm';

/** A case's related order (issue 18 item 1): one of the customer's orders (the segmentation domain's table), cleared if the order goes. */

export class CaseOrder1796620514748 implements MigrationInterface {
  name = 'CaseOrder1796620514748';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_case" ADD "order_id" uuid`);
    await queryRunner.query(`CREATE INDEX "service_case_order_idx" ON "service_case"  ("order_id") WHERE order_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD CONSTRAINT "service_case_order_fk" FOREIGN KEY ("order_id") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_case" DROP CONSTRAINT "service_case_order_fk"`);
    await queryRunner.query(`DROP INDEX "public"."service_case_order_idx"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP COLUMN "order_id"`);
  }
}
