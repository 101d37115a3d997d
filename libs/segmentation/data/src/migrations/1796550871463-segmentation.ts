import { MigrationInterface, QueryRunner } from 'typeorm';

export class Segmentation1796550871463 implements MigrationInterface {
  name = 'Segmentation1796550871463';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "customer_metrics" ("contact_id" uuid NOT NULL, "run_id" uuid, "as_of" TIMESTAMP WITH TIME ZONE NOT NULL, "recency_days" integer, "frequency" integer NOT NULL DEFAULT '0', "monetary" numeric(18,2) NOT NULL DEFAULT '0', "r_score" smallint, "f_score" smallint, "m_score" smallint, "rfm_cell" text, "expected_purchases" double precision, "p_alive" double precision, "clv" numeric(18,2), "churn_risk" double precision, "churn_band" text, "lifecycle_stage" text NOT NULL, "stage_since" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bd6a47496270a120d7a46bb8d8b" PRIMARY KEY ("contact_id"))`);
    await queryRunner.query(`CREATE INDEX "customer_metrics_stage_idx" ON "customer_metrics"  ("lifecycle_stage") `);
    await queryRunner.query(`CREATE INDEX "customer_metrics_clv_idx" ON "customer_metrics"  ("clv") `);
    await queryRunner.query(`CREATE INDEX "customer_metrics_cell_idx" ON "customer_metrics"  ("rfm_cell") `);
    await queryRunner.query(`CREATE TABLE "lifecycle_change" ("id" BIGSERIAL NOT NULL, "contact_id" uuid NOT NULL, "from_stage" text, "to_stage" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "run_id" uuid, CONSTRAINT "PK_2702dff481bf763b90c9f39abef" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "lifecycle_change_contact_idx" ON "lifecycle_change"  ("contact_id", "changed_at") `);
    await queryRunner.query(`CREATE TABLE "clv_model_run" ("id" uuid NOT NULL DEFAULT uuidv7(), "status" text NOT NULL DEFAULT 'running', "as_of" TIMESTAMP WITH TIME ZONE NOT NULL, "calibration_end" TIMESTAMP WITH TIME ZONE NOT NULL, "time_unit" text NOT NULL DEFAULT 'week', "r" double precision, "alpha" double precision, "a" double precision, "b" double precision, "p" double precision, "q" double precision, "gamma" double precision, "log_likelihood" double precision, "spend_log_likelihood" double precision, "customers" integer NOT NULL DEFAULT '0', "fit_ms" integer, "duration_ms" integer, "holdout" jsonb NOT NULL DEFAULT '[]', "progress" integer NOT NULL DEFAULT '0', "error" text, "requested_by" uuid, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fb58316b45fff4dcce11ac9f14d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "clv_model_run_started_idx" ON "clv_model_run"  ("started_at") `);
    await queryRunner.query(`CREATE TABLE "order" ("id" uuid NOT NULL DEFAULT uuidv7(), "external_id" text NOT NULL, "contact_id" uuid NOT NULL, "account_id" uuid, "ordered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "currency" character(3) NOT NULL, "amount" numeric(18,2) NOT NULL, "status" text NOT NULL DEFAULT 'completed', "source" text NOT NULL, "opportunity_id" uuid, "import_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "order_source_check" CHECK (source IN ('import', 'api', 'opportunity')), CONSTRAINT "order_status_check" CHECK (status IN ('completed', 'returned', 'cancelled')), CONSTRAINT "PK_1031171c13130102495201e3e20" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "order_import_idx" ON "order"  ("import_id") WHERE import_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "order_account_idx" ON "order"  ("account_id") WHERE account_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "order_customer_idx" ON "order"  ("contact_id", "ordered_at", "amount") WHERE status = 'completed'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "order_opportunity_key" ON "order"  ("opportunity_id") WHERE opportunity_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "order_external_id_key" ON "order"  ("external_id") `);
    await queryRunner.query(`CREATE TABLE "order_line" ("id" uuid NOT NULL DEFAULT uuidv7(), "order_id" uuid NOT NULL, "line_no" integer NOT NULL, "product_id" uuid, "sku" text, "product_line" text, "quantity" numeric(14,3) NOT NULL DEFAULT '1', "amount" numeric(18,2) NOT NULL, CONSTRAINT "PK_01a7c973d9f30479647e44f9892" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "order_line_product_line_idx" ON "order_line"  ("product_line") WHERE product_line IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "order_line_product_idx" ON "order_line"  ("product_id") WHERE product_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "order_line_order_idx" ON "order_line"  ("order_id", "line_no") `);
    await queryRunner.query(`CREATE TABLE "segment" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "description" text, "dynamic" boolean NOT NULL DEFAULT true, "rule" jsonb NOT NULL, "refresh_minutes" integer, "member_count" integer NOT NULL DEFAULT '0', "refreshed_at" TIMESTAMP WITH TIME ZONE, "owner_id" uuid, "team_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "segment_refresh_check" CHECK (refresh_minutes IS NULL OR refresh_minutes >= 5), CONSTRAINT "PK_d648ac58d8e0532689dfb8ad7ef" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "segment_name_idx" ON "segment"  ("name") `);
    await queryRunner.query(`CREATE TABLE "segment_membership" ("id" BIGSERIAL NOT NULL, "segment_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "left_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d5d26ab3b292c5d15341c3c3a92" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "segment_membership_contact_idx" ON "segment_membership"  ("contact_id", "segment_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "segment_membership_current_key" ON "segment_membership"  ("segment_id", "contact_id") WHERE left_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "segment_refresh" ("id" BIGSERIAL NOT NULL, "segment_id" uuid NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "members" integer NOT NULL, "entered" integer NOT NULL, "left" integer NOT NULL, "duration_ms" integer NOT NULL, "trigger" text NOT NULL, CONSTRAINT "PK_9d9b502e76f6da433618fbe07d2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "segment_refresh_segment_idx" ON "segment_refresh"  ("segment_id", "refreshed_at") `);
    await queryRunner.query(`ALTER TABLE "customer_metrics" ADD CONSTRAINT "customer_metrics_contact_fk" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lifecycle_change" ADD CONSTRAINT "lifecycle_change_contact_fk" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "order" ADD CONSTRAINT "order_contact_fk" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "order" ADD CONSTRAINT "order_account_fk" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "order_line" ADD CONSTRAINT "order_line_order_fk" FOREIGN KEY ("order_id") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "segment_membership" ADD CONSTRAINT "segment_membership_segment_fk" FOREIGN KEY ("segment_id") REFERENCES "segment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "segment_membership" ADD CONSTRAINT "segment_membership_contact_fk" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "segment_refresh" ADD CONSTRAINT "segment_refresh_segment_fk" FOREIGN KEY ("segment_id") REFERENCES "segment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "segment_refresh" DROP CONSTRAINT "segment_refresh_segment_fk"`);
    await queryRunner.query(`ALTER TABLE "segment_membership" DROP CONSTRAINT "segment_membership_contact_fk"`);
    await queryRunner.query(`ALTER TABLE "segment_membership" DROP CONSTRAINT "segment_membership_segment_fk"`);
    await queryRunner.query(`ALTER TABLE "order_line" DROP CONSTRAINT "order_line_order_fk"`);
    await queryRunner.query(`ALTER TABLE "order" DROP CONSTRAINT "order_account_fk"`);
    await queryRunner.query(`ALTER TABLE "order" DROP CONSTRAINT "order_contact_fk"`);
    await queryRunner.query(`ALTER TABLE "lifecycle_change" DROP CONSTRAINT "lifecycle_change_contact_fk"`);
    await queryRunner.query(`ALTER TABLE "customer_metrics" DROP CONSTRAINT "customer_metrics_contact_fk"`);
    await queryRunner.query(`DROP INDEX "public"."segment_refresh_segment_idx"`);
    await queryRunner.query(`DROP TABLE "segment_refresh"`);
    await queryRunner.query(`DROP INDEX "public"."segment_membership_current_key"`);
    await queryRunner.query(`DROP INDEX "public"."segment_membership_contact_idx"`);
    await queryRunner.query(`DROP TABLE "segment_membership"`);
    await queryRunner.query(`DROP INDEX "public"."segment_name_idx"`);
    await queryRunner.query(`DROP TABLE "segment"`);
    await queryRunner.query(`DROP INDEX "public"."order_line_order_idx"`);
    await queryRunner.query(`DROP INDEX "public"."order_line_product_idx"`);
    await queryRunner.query(`DROP INDEX "public"."order_line_product_line_idx"`);
    await queryRunner.query(`DROP TABLE "order_line"`);
    await queryRunner.query(`DROP INDEX "public"."order_external_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."order_opportunity_key"`);
    await queryRunner.query(`DROP INDEX "public"."order_customer_idx"`);
    await queryRunner.query(`DROP INDEX "public"."order_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."order_import_idx"`);
    await queryRunner.query(`DROP TABLE "order"`);
    await queryRunner.query(`DROP INDEX "public"."clv_model_run_started_idx"`);
    await queryRunner.query(`DROP TABLE "clv_model_run"`);
    await queryRunner.query(`DROP INDEX "public"."lifecycle_change_contact_idx"`);
    await queryRunner.query(`DROP TABLE "lifecycle_change"`);
    await queryRunner.query(`DROP INDEX "public"."customer_metrics_cell_idx"`);
    await queryRunner.query(`DROP INDEX "public"."customer_metrics_clv_idx"`);
    await queryRunner.query(`DROP INDEX "public"."customer_metrics_stage_idx"`);
    await queryRunner.query(`DROP TABLE "customer_metrics"`);
  }
}
