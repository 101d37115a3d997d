import { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceChannelCost1796631468139 implements MigrationInterface {
  name = 'ServiceChannelCost1796631468139';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "service_channel_cost" ("channel" text NOT NULL, "basis" text NOT NULL, "amount" numeric(12,2) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "service_channel_cost_amount" CHECK (amount >= 0), CONSTRAINT "service_channel_cost_basis" CHECK (basis IN ('minute', 'case')), CONSTRAINT "PK_9ec3bd49de2c8c7cfee86a50251" PRIMARY KEY ("channel"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "service_channel_cost"`);
  }
}
