import { MigrationInterface, QueryRunner } from 'typeorm';

export class Mailings1796497116390 implements MigrationInterface {
  name = 'Mailings1796497116390';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mailing" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "campaign_id" uuid NOT NULL, "template_id" uuid NOT NULL, "template_version_id" uuid, "subscription_type_id" uuid NOT NULL, "audience" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'draft', "resend_allowed" boolean NOT NULL DEFAULT false, "scheduled_at" TIMESTAMP WITH TIME ZONE, "prepared_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "consecutive_failures" integer NOT NULL DEFAULT '0', "paused_reason" text, "owner_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mailing_status_check" CHECK (status IN ('draft', 'scheduled', 'sending', 'paused', 'completed', 'cancelled')), CONSTRAINT "PK_3d8e2e47d6d644c38d1192fcb15" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "mailing_due_idx" ON "mailing"  ("status", "scheduled_at") WHERE status IN ('scheduled', 'sending')`);
    await queryRunner.query(`CREATE TABLE "mailing_send" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "mailing_id" uuid NOT NULL, "address" text NOT NULL, "contact_id" uuid, "lead_id" uuid, "locale" text NOT NULL DEFAULT 'en', "status" text NOT NULL, "skip_reason" text, "content_key" text, "attempts" integer NOT NULL DEFAULT '0', "not_before" TIMESTAMP WITH TIME ZONE, "claimed_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mailing_send_skip_check" CHECK ((status = 'skipped') = (skip_reason IS NOT NULL)), CONSTRAINT "mailing_send_status_check" CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'skipped')), CONSTRAINT "PK_5c756ba889235c770ef35049f9c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "mailing_send_delivered_idx" ON "mailing_send"  ("address", "claimed_at", "content_key") WHERE status IN ('sending', 'sent')`);
    await queryRunner.query(`CREATE INDEX "mailing_send_status_idx" ON "mailing_send"  ("mailing_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "mailing_send_address_key" ON "mailing_send"  ("mailing_id", "address") `);
    await queryRunner.query(`CREATE TABLE "mailing_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "send_id" bigint NOT NULL, "mailing_id" uuid NOT NULL, "kind" text NOT NULL, "detail" text, "machine" boolean NOT NULL DEFAULT false, "machine_reason" text, "user_agent" text, "ip" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mailing_event_kind_check" CHECK (kind IN ('open', 'click', 'unsubscribe', 'bounce', 'complaint', 'reply')), CONSTRAINT "PK_e05c10ce26d87887fd5138aee06" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "mailing_event_mailing_idx" ON "mailing_event"  ("mailing_id", "kind", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "mailing_event_send_idx" ON "mailing_event"  ("send_id", "kind") `);
    await queryRunner.query(`CREATE TABLE "contact_policy" ("id" integer NOT NULL DEFAULT '1', "cap_max_messages" integer, "cap_window_days" integer, "same_content_once" boolean NOT NULL DEFAULT true, "quiet_start_hour" integer, "quiet_end_hour" integer, "time_zone" text NOT NULL DEFAULT 'Asia/Shanghai', "rules" text array NOT NULL DEFAULT '{}', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "contact_policy_single_check" CHECK (id = 1), CONSTRAINT "PK_0acf0377d38e2d5e519a7717455" PRIMARY KEY ("id"))`);
    // The one policy row, with the issue\'s example cap: at most 2 marketing messages per 7 days.
    await queryRunner.query(`INSERT INTO "contact_policy" ("id", "cap_max_messages", "cap_window_days") VALUES (1, 2, 7)`);
    await queryRunner.query(`ALTER TABLE "mailing" ADD CONSTRAINT "FK_46917b0c5de3b9d58a4d7458860" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mailing" ADD CONSTRAINT "FK_e105e46acf9f367a89d05b6a21a" FOREIGN KEY ("template_id") REFERENCES "email_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mailing" ADD CONSTRAINT "FK_ad941718eef70c4e145c3029d02" FOREIGN KEY ("template_version_id") REFERENCES "email_template_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mailing" ADD CONSTRAINT "FK_5b1188ffc7322eb3be436268f78" FOREIGN KEY ("subscription_type_id") REFERENCES "subscription_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mailing_send" ADD CONSTRAINT "FK_3f727f148d886cca5698d7c8335" FOREIGN KEY ("mailing_id") REFERENCES "mailing"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mailing_event" ADD CONSTRAINT "FK_4bab120d7f31f62ff40c32c60ca" FOREIGN KEY ("send_id") REFERENCES "mailing_send"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mailing_event" DROP CONSTRAINT "FK_4bab120d7f31f62ff40c32c60ca"`);
    await queryRunner.query(`ALTER TABLE "mailing_send" DROP CONSTRAINT "FK_3f727f148d886cca5698d7c8335"`);
    await queryRunner.query(`ALTER TABLE "mailing" DROP CONSTRAINT "FK_5b1188ffc7322eb3be436268f78"`);
    await queryRunner.query(`ALTER TABLE "mailing" DROP CONSTRAINT "FK_ad941718eef70c4e145c3029d02"`);
    await queryRunner.query(`ALTER TABLE "mailing" DROP CONSTRAINT "FK_e105e46acf9f367a89d05b6a21a"`);
    await queryRunner.query(`ALTER TABLE "mailing" DROP CONSTRAINT "FK_46917b0c5de3b9d58a4d7458860"`);
    await queryRunner.query(`DROP TABLE "contact_policy"`);
    await queryRunner.query(`DROP INDEX "public"."mailing_event_send_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mailing_event_mailing_idx"`);
    await queryRunner.query(`DROP TABLE "mailing_event"`);
    await queryRunner.query(`DROP INDEX "public"."mailing_send_address_key"`);
    await queryRunner.query(`DROP INDEX "public"."mailing_send_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mailing_send_delivered_idx"`);
    await queryRunner.query(`DROP TABLE "mailing_send"`);
    await queryRunner.query(`DROP INDEX "public"."mailing_due_idx"`);
    await queryRunner.query(`DROP TABLE "mailing"`);
  }
}
