import { MigrationInterface, QueryRunner } from 'typeorm';

export class CsatQueueModes1796643322030 implements MigrationInterface {
  name = 'CsatQueueModes1796643322030';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "csat_queue_mode" ("queue_id" uuid NOT NULL, "mode" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "csat_queue_mode_mode" CHECK (mode IN ('off', 'every', 'first')), CONSTRAINT "PK_c058166dfccf34bdcfe53de46e7" PRIMARY KEY ("queue_id"))`);
    await queryRunner.query(`ALTER TABLE "csat_queue_mode" ADD CONSTRAINT "csat_queue_mode_queue_fk" FOREIGN KEY ("queue_id") REFERENCES "routing_queue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "csat_queue_mode" DROP CONSTRAINT "csat_queue_mode_queue_fk"`);
    await queryRunner.query(`DROP TABLE "csat_queue_mode"`);
  }
}
