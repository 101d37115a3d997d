import { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceSlaPolicies1796568257563 implements MigrationInterface {
  name = 'ServiceSlaPolicies1796568257563';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "service_sla_policy" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "calendar_id" uuid, "targets" jsonb NOT NULL, "warn_at_percent" integer NOT NULL DEFAULT '75', "active" boolean NOT NULL DEFAULT true, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa574d78ad93ff07e8b801707cd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "service_sla_policy" ADD CONSTRAINT "service_sla_policy_calendar_fk" FOREIGN KEY ("calendar_id") REFERENCES "business_calendar"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Names are unique whatever their case.
    await queryRunner.query(`CREATE UNIQUE INDEX "service_sla_policy_name_key" ON "service_sla_policy" (lower(name))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."service_sla_policy_name_key"`);
    await queryRunner.query(`ALTER TABLE "service_sla_policy" DROP CONSTRAINT "service_sla_policy_calendar_fk"`);
    await queryRunner.query(`DROP TABLE "service_sla_policy"`);
  }
}
