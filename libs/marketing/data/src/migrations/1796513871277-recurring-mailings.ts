import { MigrationInterface, QueryRunner } from 'typeorm';

/** Recurring mailings and their occurrences (issue 15, docs/adr/0016 §11). */
export class RecurringMailings1796513871277 implements MigrationInterface {
  name = 'RecurringMailings1796513871277';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mailing" ADD "recurrence" jsonb`);
    await queryRunner.query(`ALTER TABLE "mailing" ADD "next_run_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "mailing" ADD "occurrence_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "mailing" ADD "parent_id" uuid`);
    await queryRunner.query(`ALTER TABLE "mailing" ADD "occurrence_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE UNIQUE INDEX "mailing_occurrence_key" ON "mailing"  ("parent_id", "occurrence_at") WHERE parent_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "mailing" DROP CONSTRAINT "mailing_kind_check"`);
    await queryRunner.query(`ALTER TABLE "mailing" ADD CONSTRAINT "mailing_kind_check" CHECK (kind IN ('one_off', 'nurture', 'recurring', 'occurrence'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "mailing" WHERE kind IN ('recurring', 'occurrence')`);
    await queryRunner.query(`ALTER TABLE "mailing" DROP CONSTRAINT "mailing_kind_check"`);
    await queryRunner.query(`ALTER TABLE "mailing" ADD CONSTRAINT "mailing_kind_check" CHECK (kind IN ('one_off', 'nurture'))`);
    await queryRunner.query(`DROP INDEX "public"."mailing_occurrence_key"`);
    await queryRunner.query(`ALTER TABLE "mailing" DROP COLUMN "occurrence_at"`);
    await queryRunner.query(`ALTER TABLE "mailing" DROP COLUMN "parent_id"`);
    await queryRunner.query(`ALTER TABLE "mailing" DROP COLUMN "occurrence_count"`);
    await queryRunner.query(`ALTER TABLE "mailing" DROP COLUMN "next_run_at"`);
    await queryRunner.query(`ALTER TABLE "mailing" DROP COLUMN "recurrence"`);
  }
}
