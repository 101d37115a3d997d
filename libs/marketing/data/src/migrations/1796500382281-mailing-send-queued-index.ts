import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailingSendQueuedIndex1796500382281 implements MigrationInterface {
  name = 'MailingSendQueuedIndex1796500382281';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "mailing_send_queued_idx" ON "mailing_send"  ("mailing_id", "id") WHERE status = 'queued'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."mailing_send_queued_idx"`);
  }
}
