import { MigrationInterface, QueryRunner } from 'typeorm';

export class Sales1795446308826 implements MigrationInterface {
  name = 'Sales1795446308826';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT uuidv7(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "owner_id" uuid, "team_id" uuid, "custom_fields" jsonb NOT NULL DEFAULT '{}'::jsonb, "name" text NOT NULL, "name_normalized" text NOT NULL, "parent_account_id" uuid, "industry" text, "tier" text, "territory" text, "website" text, "phone" text, "phone_normalized" text, "billing_address" jsonb, "shipping_address" jsonb, "annual_revenue" numeric(18,2), "employee_count" integer, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "account_parent_idx" ON "account"  ("parent_account_id") `);
    await queryRunner.query(`CREATE INDEX "account_owner_idx" ON "account"  ("owner_id") `);
    await queryRunner.query(`CREATE INDEX "account_name_idx" ON "account"  ("name", "id") `);
    await queryRunner.query(`CREATE TABLE "activity" ("id" uuid NOT NULL DEFAULT uuidv7(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "owner_id" uuid, "team_id" uuid, "custom_fields" jsonb NOT NULL DEFAULT '{}'::jsonb, "type" text NOT NULL, "subject" text NOT NULL, "body" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "due_at" TIMESTAMP WITH TIME ZONE, "done" boolean NOT NULL DEFAULT false, "done_at" TIMESTAMP WITH TIME ZONE, "reminder_at" TIMESTAMP WITH TIME ZONE, "account_id" uuid, "contact_id" uuid, "lead_id" uuid, "opportunity_id" uuid, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_24625a1d6b1b089c8ae206fe467" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "activity_owner_open_idx" ON "activity"  ("owner_id", "due_at") WHERE done = false AND deleted_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "activity_opportunity_idx" ON "activity"  ("opportunity_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "activity_lead_idx" ON "activity"  ("lead_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "activity_contact_idx" ON "activity"  ("contact_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "activity_account_idx" ON "activity"  ("account_id", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "contact" ("id" uuid NOT NULL DEFAULT uuidv7(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "owner_id" uuid, "team_id" uuid, "custom_fields" jsonb NOT NULL DEFAULT '{}'::jsonb, "account_id" uuid, "first_name" text NOT NULL DEFAULT '', "last_name" text NOT NULL, "name_normalized" text NOT NULL, "title" text, "emails" text array NOT NULL DEFAULT '{}', "phones" text array NOT NULL DEFAULT '{}', "phones_normalized" text array NOT NULL DEFAULT '{}', "locale" text NOT NULL DEFAULT 'en', "preferred_channel" text, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "contact_name_idx" ON "contact"  ("last_name", "first_name", "id") `);
    await queryRunner.query(`CREATE INDEX "contact_owner_idx" ON "contact"  ("owner_id") `);
    await queryRunner.query(`CREATE INDEX "contact_account_idx" ON "contact"  ("account_id") `);
    await queryRunner.query(`CREATE TABLE "lead" ("id" uuid NOT NULL DEFAULT uuidv7(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "owner_id" uuid, "team_id" uuid, "custom_fields" jsonb NOT NULL DEFAULT '{}'::jsonb, "first_name" text NOT NULL DEFAULT '', "last_name" text NOT NULL, "name_normalized" text NOT NULL, "company" text, "company_normalized" text NOT NULL DEFAULT '', "title" text, "email" text, "phone" text, "phone_normalized" text, "source" text NOT NULL, "campaign" text, "status" text NOT NULL DEFAULT 'new', "product_interest" text, "country" text, "region" text, "message" text, "score" integer NOT NULL DEFAULT '0', "sla_due_at" TIMESTAMP WITH TIME ZONE, "converted_at" TIMESTAMP WITH TIME ZONE, "converted_account_id" uuid, "converted_contact_id" uuid, "converted_opportunity_id" uuid, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ca96c1888f7dcfccab72b72fffa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "lead_created_idx" ON "lead"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "lead_email_idx" ON "lead"  ("email") `);
    await queryRunner.query(`CREATE INDEX "lead_owner_idx" ON "lead"  ("owner_id") `);
    await queryRunner.query(`CREATE TABLE "opportunity" ("id" uuid NOT NULL DEFAULT uuidv7(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "owner_id" uuid, "team_id" uuid, "custom_fields" jsonb NOT NULL DEFAULT '{}'::jsonb, "name" text NOT NULL, "account_id" uuid NOT NULL, "primary_contact_id" uuid, "pipeline_id" uuid NOT NULL, "stage_id" uuid NOT NULL, "amount" numeric(18,2), "currency" text NOT NULL DEFAULT 'CNY', "close_date" date, "next_step" text, "campaign" text, "won_reason" text, "lost_reason" text, "closed_at" TIMESTAMP WITH TIME ZONE, "stage_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_085fd6d6f4765325e6c16163568" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "opportunity_close_idx" ON "opportunity"  ("close_date", "id") `);
    await queryRunner.query(`CREATE INDEX "opportunity_stage_idx" ON "opportunity"  ("pipeline_id", "stage_id") `);
    await queryRunner.query(`CREATE INDEX "opportunity_owner_idx" ON "opportunity"  ("owner_id") `);
    await queryRunner.query(`CREATE INDEX "opportunity_account_idx" ON "opportunity"  ("account_id") `);
    await queryRunner.query(`CREATE TABLE "pipeline" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "is_default" boolean NOT NULL DEFAULT false, "currency" text NOT NULL DEFAULT 'CNY', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df8aedd50509192d995535d68cd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "stage" ("id" uuid NOT NULL DEFAULT uuidv7(), "pipeline_id" uuid NOT NULL, "name" text NOT NULL, "position" integer NOT NULL, "probability" integer NOT NULL, "forecast_category" text NOT NULL, "is_won" boolean NOT NULL DEFAULT false, "is_lost" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_c54d11b3c24a188262844af1612" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "stage_pipeline_position_idx" ON "stage"  ("pipeline_id", "position") `);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "changes" SET DEFAULT '[]'::jsonb`);
    await queryRunner.query(`ALTER TABLE "timeline_event" ALTER COLUMN "payload" SET DEFAULT '{}'::jsonb`);
    // Fuzzy search and duplicate detection (pg_trgm); declared with synchronize: false in the entities.
    await queryRunner.query(`CREATE INDEX "account_name_trgm_idx" ON "account" USING gin ("name_normalized" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "contact_name_trgm_idx" ON "contact" USING gin ("name_normalized" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "lead_name_trgm_idx" ON "lead" USING gin ("name_normalized" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "lead_company_trgm_idx" ON "lead" USING gin ("company_normalized" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "contact_emails_idx" ON "contact" USING gin ("emails")`);
    await queryRunner.query(`CREATE INDEX "contact_phones_idx" ON "contact" USING gin ("phones_normalized")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "contact_phones_idx"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "contact_emails_idx"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "lead_company_trgm_idx"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "lead_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "contact_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "account_name_trgm_idx"`);
    await queryRunner.query(`ALTER TABLE "timeline_event" ALTER COLUMN "payload" SET DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "changes" SET DEFAULT '[]'`);
    await queryRunner.query(`DROP INDEX "public"."stage_pipeline_position_idx"`);
    await queryRunner.query(`DROP TABLE "stage"`);
    await queryRunner.query(`DROP TABLE "pipeline"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_stage_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_close_idx"`);
    await queryRunner.query(`DROP TABLE "opportunity"`);
    await queryRunner.query(`DROP INDEX "public"."lead_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lead_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lead_created_idx"`);
    await queryRunner.query(`DROP TABLE "lead"`);
    await queryRunner.query(`DROP INDEX "public"."contact_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contact_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contact_name_idx"`);
    await queryRunner.query(`DROP TABLE "contact"`);
    await queryRunner.query(`DROP INDEX "public"."activity_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."activity_contact_idx"`);
    await queryRunner.query(`DROP INDEX "public"."activity_lead_idx"`);
    await queryRunner.query(`DROP INDEX "public"."activity_opportunity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."activity_owner_open_idx"`);
    await queryRunner.query(`DROP TABLE "activity"`);
    await queryRunner.query(`DROP INDEX "public"."account_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."account_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."account_parent_idx"`);
    await queryRunner.query(`DROP TABLE "account"`);
  }
}
