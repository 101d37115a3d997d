import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseEscalation1796579206562 implements MigrationInterface {
  name = 'CaseEscalation1796579206562';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_escalation" ("id" uuid NOT NULL DEFAULT uuidv7(), "case_id" uuid NOT NULL, "milestone" text NOT NULL, "level" text NOT NULL, "recipient_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2113f608e71870153cc2fd9542d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "case_escalation_key" ON "case_escalation"  ("case_id", "milestone", "level") `);
    await queryRunner.query(`CREATE TABLE "case_sla_attainment" ("case_id" uuid NOT NULL, "milestone" text NOT NULL, "state" text NOT NULL, "target_minutes" integer NOT NULL, "spent_minutes" integer NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_76dd44f4ea0a4211cceee794a57" PRIMARY KEY ("case_id", "milestone"))`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD "sla_next_check_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "service_case_check_idx" ON "service_case"  ("sla_next_check_at") WHERE sla_next_check_at IS NOT NULL AND deleted_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "case_escalation" ADD CONSTRAINT "case_escalation_case_fk" FOREIGN KEY ("case_id") REFERENCES "service_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_sla_attainment" ADD CONSTRAINT "case_sla_attainment_case_fk" FOREIGN KEY ("case_id") REFERENCES "service_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_sla_attainment" DROP CONSTRAINT "case_sla_attainment_case_fk"`);
    await queryRunner.query(`ALTER TABLE "case_escalation" DROP CONSTRAINT "case_escalation_case_fk"`);
    await queryRunner.query(`DROP INDEX "public"."service_case_check_idx"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP COLUMN "sla_next_check_at"`);
    await queryRunner.query(`DROP TABLE "case_sla_attainment"`);
    await queryRunner.query(`DROP INDEX "public"."case_escalation_key"`);
    await queryRunner.query(`DROP TABLE "case_escalation"`);
  }
}
