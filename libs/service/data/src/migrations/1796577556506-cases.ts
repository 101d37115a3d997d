import { MigrationInterface, QueryRunner } from 'typeorm';

export class Cases1796577556506 implements MigrationInterface {
  name = 'Cases1796577556506';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "service_case" ("id" uuid NOT NULL DEFAULT uuidv7(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "owner_id" uuid, "team_id" uuid, "custom_fields" jsonb NOT NULL DEFAULT '{}', "deleted_at" TIMESTAMP WITH TIME ZONE, "number" text NOT NULL, "subject" text NOT NULL, "description" text, "account_id" uuid, "contact_id" uuid, "product_id" uuid, "opportunity_id" uuid, "type" text NOT NULL DEFAULT 'question', "priority" text NOT NULL DEFAULT 'normal', "status" text NOT NULL DEFAULT 'new', "channel" text NOT NULL DEFAULT 'web', "parent_id" uuid, "entitlement_id" uuid, "sla_policy_id" uuid, "sla_due_at" TIMESTAMP WITH TIME ZONE, "sla_breached" boolean NOT NULL DEFAULT false, "first_response_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "service_case_priority" CHECK (priority IN ('low', 'normal', 'high', 'urgent')), CONSTRAINT "PK_3bb7629c4152e1a9d9ae0668b91" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "service_case_open_idx" ON "service_case"  ("created_at", "id") WHERE resolved_at IS NULL AND closed_at IS NULL AND deleted_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "service_case_due_idx" ON "service_case"  ("sla_due_at") WHERE sla_due_at IS NOT NULL AND deleted_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "service_case_owner_idx" ON "service_case"  ("owner_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "service_case_contact_idx" ON "service_case"  ("contact_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "service_case_account_idx" ON "service_case"  ("account_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "service_case_number_key" ON "service_case"  ("number") `);
    await queryRunner.query(`CREATE TABLE "case_status" ("key" text NOT NULL, "names" jsonb NOT NULL DEFAULT '{}', "category" text NOT NULL, "clock_runs" boolean NOT NULL, "position" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "case_status_category" CHECK (category IN ('new', 'open', 'waiting', 'resolved', 'closed')), CONSTRAINT "PK_fc9dbb08c4b168da667c18c3a16" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TABLE "case_event" ("seq" BIGSERIAL NOT NULL, "case_id" uuid NOT NULL, "kind" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "actor_id" uuid, CONSTRAINT "PK_9149e2f2a8788ef021a8dea3c1e" PRIMARY KEY ("seq"))`);
    await queryRunner.query(`CREATE INDEX "case_event_case_idx" ON "case_event"  ("case_id", "at", "seq") `);
    await queryRunner.query(`CREATE TABLE "case_message" ("id" uuid NOT NULL DEFAULT uuidv7(), "case_id" uuid NOT NULL, "direction" text NOT NULL, "channel" text NOT NULL, "author_id" uuid, "contact_id" uuid, "from_address" text, "to_addresses" text array NOT NULL DEFAULT '{}', "subject" text NOT NULL DEFAULT '', "body" text NOT NULL DEFAULT '', "message_id" text, "in_reply_to" text, "thread_references" text array NOT NULL DEFAULT '{}', "phone_number" text, "line" text, "duration_seconds" integer, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "case_message_channel" CHECK (channel IN ('email', 'phone', 'portal', 'chat', 'web', 'other', 'note')), CONSTRAINT "case_message_direction" CHECK (direction IN ('inbound', 'outbound', 'internal')), CONSTRAINT "PK_fbd91c2b28954afd51a74408053" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "case_message_message_id_key" ON "case_message"  ("message_id") WHERE message_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "case_message_case_idx" ON "case_message"  ("case_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "case_number_counter" ("year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_05931467fd562911e696a43561b" PRIMARY KEY ("year"))`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD CONSTRAINT "service_case_account_fk" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD CONSTRAINT "service_case_contact_fk" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD CONSTRAINT "service_case_product_fk" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD CONSTRAINT "service_case_opportunity_fk" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD CONSTRAINT "service_case_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "service_case"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD CONSTRAINT "service_case_entitlement_fk" FOREIGN KEY ("entitlement_id") REFERENCES "entitlement"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD CONSTRAINT "service_case_sla_policy_fk" FOREIGN KEY ("sla_policy_id") REFERENCES "service_sla_policy"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // The statuses a new installation starts with (DEFAULT_CASE_STATUSES in service-domain); a case's status is one of them.
    await queryRunner.query(`INSERT INTO "case_status" ("key", "names", "category", "clock_runs", "position") VALUES
        ('new', '{"en": "New", "zh-CN": "新建", "zh-TW": "新建"}', 'new', true, 1),
        ('open', '{"en": "Open", "zh-CN": "处理中", "zh-TW": "處理中"}', 'open', true, 2),
        ('waiting_customer', '{"en": "Waiting on customer", "zh-CN": "等待客户", "zh-TW": "等待客戶"}', 'waiting', false, 3),
        ('waiting_third_party', '{"en": "Waiting on third party", "zh-CN": "等待第三方", "zh-TW": "等待第三方"}', 'waiting', false, 4),
        ('resolved', '{"en": "Resolved", "zh-CN": "已解决", "zh-TW": "已解決"}', 'resolved', false, 5),
        ('closed', '{"en": "Closed", "zh-CN": "已关闭", "zh-TW": "已關閉"}', 'closed', false, 6)`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD CONSTRAINT "service_case_status_fk" FOREIGN KEY ("status") REFERENCES "case_status"("key") ON DELETE RESTRICT ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_fk" FOREIGN KEY ("case_id") REFERENCES "service_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_message" ADD CONSTRAINT "case_message_case_fk" FOREIGN KEY ("case_id") REFERENCES "service_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_message" DROP CONSTRAINT "case_message_case_fk"`);
    await queryRunner.query(`ALTER TABLE "case_event" DROP CONSTRAINT "case_event_case_fk"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP CONSTRAINT "service_case_status_fk"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP CONSTRAINT "service_case_sla_policy_fk"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP CONSTRAINT "service_case_entitlement_fk"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP CONSTRAINT "service_case_parent_fk"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP CONSTRAINT "service_case_opportunity_fk"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP CONSTRAINT "service_case_product_fk"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP CONSTRAINT "service_case_contact_fk"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP CONSTRAINT "service_case_account_fk"`);
    await queryRunner.query(`DROP TABLE "case_number_counter"`);
    await queryRunner.query(`DROP INDEX "public"."case_message_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_message_message_id_key"`);
    await queryRunner.query(`DROP TABLE "case_message"`);
    await queryRunner.query(`DROP INDEX "public"."case_event_case_idx"`);
    await queryRunner.query(`DROP TABLE "case_event"`);
    await queryRunner.query(`DROP TABLE "case_status"`);
    await queryRunner.query(`DROP INDEX "public"."service_case_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."service_case_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."service_case_contact_idx"`);
    await queryRunner.query(`DROP INDEX "public"."service_case_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."service_case_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."service_case_open_idx"`);
    await queryRunner.query(`DROP TABLE "service_case"`);
  }
}
