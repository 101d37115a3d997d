import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows are finished when the job that carries them completes, not when BullMQ accepts it
 * (docs/adr/0009): `job_id` names that job, `done_at`/`failed_at` record how it ended, and
 * `redispatches` counts re-sends after the queue store lost it (each re-send gets a new job id).
 * Rows dispatched before this migration ran are taken as done: their jobs carry no outbox ids, and
 * re-sending a whole history would be a thundering herd for nothing.
 */
export class OutboxAcknowledgement1795461000000 implements MigrationInterface {
  name = 'OutboxAcknowledgement1795461000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" ADD "job_id" text`);
    await queryRunner.query(`ALTER TABLE "outbox" ADD "redispatches" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "outbox" ADD "done_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outbox" ADD "failed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "outbox" SET "done_at" = "dispatched_at" WHERE "dispatched_at" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "outbox_unfinished_idx" ON "outbox" ("id") WHERE dispatched_at IS NOT NULL AND done_at IS NULL AND failed_at IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "outbox_reconcile_total" ("job_name" text NOT NULL, "outcome" text NOT NULL, "count" bigint NOT NULL DEFAULT '0', "last_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outbox_reconcile_total_pkey" PRIMARY KEY ("job_name", "outcome"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outbox_reconcile_total"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_unfinished_idx"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "failed_at"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "done_at"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "redispatches"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "job_id"`);
  }
}
