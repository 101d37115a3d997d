import { MigrationInterface, QueryRunner } from 'typeorm';

/** Inbound mails already acted on, so one handed over twice is stored once (issue 15, docs/adr/0016). */
export class InboundMessages1796513942000 implements MigrationInterface {
  name = 'InboundMessages1796513942000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "inbound_message" ("key" text NOT NULL, "outcome" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_573dea4054a647fd91cb2d843b4" PRIMARY KEY ("key"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "inbound_message"`);
  }
}
