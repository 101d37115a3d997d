import { MigrationInterface, QueryRunner } from 'typeorm';

export class SalesForeignKeys1795448143106 implements MigrationInterface {
  name = 'SalesForeignKeys1795448143106';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "FK_612cc6467fd63cf3b44bee67343" FOREIGN KEY ("parent_account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contact" ADD CONSTRAINT "FK_6b3555c0d3d0f0d0b6887b5308b" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stage" ADD CONSTRAINT "FK_e15b5255a2cc47a13a67acd91cf" FOREIGN KEY ("pipeline_id") REFERENCES "pipeline"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunity" ADD CONSTRAINT "FK_932da9f87eaba4bd2020a928e4b" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunity" ADD CONSTRAINT "FK_ae816aad247a07ec88f4e1ed870" FOREIGN KEY ("primary_contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunity" ADD CONSTRAINT "FK_3b0a5c967ecb104a80a14fe95cb" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunity" ADD CONSTRAINT "FK_715a5e9d4f754c6438aba81a001" FOREIGN KEY ("pipeline_id") REFERENCES "pipeline"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "activity" ADD CONSTRAINT "FK_96c7c848eec1feba0bc66b45190" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "activity" ADD CONSTRAINT "FK_7b5a669cf5cd63bd8853c5e5674" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "activity" ADD CONSTRAINT "FK_b9a00438bb359b348d6337fe506" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "activity" ADD CONSTRAINT "FK_7dda31cc083779c3af9b5c524c8" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "FK_7dda31cc083779c3af9b5c524c8"`);
    await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "FK_b9a00438bb359b348d6337fe506"`);
    await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "FK_7b5a669cf5cd63bd8853c5e5674"`);
    await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "FK_96c7c848eec1feba0bc66b45190"`);
    await queryRunner.query(`ALTER TABLE "opportunity" DROP CONSTRAINT "FK_715a5e9d4f754c6438aba81a001"`);
    await queryRunner.query(`ALTER TABLE "opportunity" DROP CONSTRAINT "FK_3b0a5c967ecb104a80a14fe95cb"`);
    await queryRunner.query(`ALTER TABLE "opportunity" DROP CONSTRAINT "FK_ae816aad247a07ec88f4e1ed870"`);
    await queryRunner.query(`ALTER TABLE "opportunity" DROP CONSTRAINT "FK_932da9f87eaba4bd2020a928e4b"`);
    await queryRunner.query(`ALTER TABLE "stage" DROP CONSTRAINT "FK_e15b5255a2cc47a13a67acd91cf"`);
    await queryRunner.query(`ALTER TABLE "contact" DROP CONSTRAINT "FK_6b3555c0d3d0f0d0b6887b5308b"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_612cc6467fd63cf3b44bee67343"`);
  }
}
