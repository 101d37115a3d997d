import { MigrationInterface, QueryRunner } from 'typeorm';

export class Revenue1795455121595 implements MigrationInterface {
  name = 'Revenue1795455121595';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT uuidv7(), "sku" text NOT NULL, "name" text NOT NULL, "product_line" text, "unit" text NOT NULL DEFAULT 'each', "description" text, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "product_sku_key" ON "product"  ("sku") `);
    await queryRunner.query(`CREATE TABLE "price_book" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "kind" text NOT NULL, "account_id" uuid, "tier" text, "currency" text NOT NULL DEFAULT 'CNY', "effective_from" date, "effective_to" date, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fb473c983fb114a3a245774b3bb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "price_book_account_idx" ON "price_book"  ("account_id") `);
    await queryRunner.query(`CREATE TABLE "price_book_entry" ("id" uuid NOT NULL DEFAULT uuidv7(), "price_book_id" uuid NOT NULL, "product_id" uuid NOT NULL, "min_quantity" integer NOT NULL DEFAULT '1', "unit_price" numeric(14,2) NOT NULL, CONSTRAINT "PK_8c7a220c9910beb4584d852a56b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "price_book_entry_key" ON "price_book_entry"  ("price_book_id", "product_id", "min_quantity") `);
    await queryRunner.query(`CREATE TABLE "discount_tolerance" ("id" uuid NOT NULL DEFAULT uuidv7(), "role" text NOT NULL, "product_line" text, "max_discount_percent" numeric(5,2) NOT NULL, CONSTRAINT "PK_907cb255de15d47c01295610b4b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "discount_tolerance_key" ON "discount_tolerance"  ("role", "product_line") `);
    await queryRunner.query(`CREATE TABLE "commitment" ("id" uuid NOT NULL DEFAULT uuidv7(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "owner_id" uuid, "team_id" uuid, "custom_fields" jsonb NOT NULL DEFAULT '{}', "kind" text NOT NULL, "description" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "status" text NOT NULL DEFAULT 'open', "account_id" uuid, "contact_id" uuid, "opportunity_id" uuid, "activity_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7a0899978d100f72269b3045d7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "commitment_due_idx" ON "commitment"  ("due_at") WHERE status = 'open'`);
    await queryRunner.query(`CREATE INDEX "commitment_owner_idx" ON "commitment"  ("owner_id", "status") `);
    await queryRunner.query(`CREATE INDEX "commitment_account_idx" ON "commitment"  ("account_id", "status") `);
    await queryRunner.query(`CREATE TABLE "quota" ("id" uuid NOT NULL DEFAULT uuidv7(), "user_id" uuid NOT NULL, "year" integer NOT NULL, "quarter" integer NOT NULL DEFAULT '0', "month" integer NOT NULL DEFAULT '0', "amount" numeric(14,2) NOT NULL, "currency" text NOT NULL DEFAULT 'CNY', CONSTRAINT "PK_d2dc1d8a7a0bd55d48f2ed5fe09" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "quota_key" ON "quota"  ("user_id", "year", "quarter", "month") `);
    await queryRunner.query(`CREATE TABLE "forecast_adjustment" ("id" uuid NOT NULL DEFAULT uuidv7(), "manager_id" uuid NOT NULL, "user_id" uuid, "team_id" uuid, "year" integer NOT NULL, "quarter" integer NOT NULL DEFAULT '0', "month" integer NOT NULL DEFAULT '0', "category" text NOT NULL, "amount" numeric(14,2) NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9fbff9ba3f537080c36affcf07c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "forecast_adjustment_period_idx" ON "forecast_adjustment"  ("year", "quarter", "month") `);
    await queryRunner.query(`CREATE TABLE "forecast_snapshot" ("id" uuid NOT NULL DEFAULT uuidv7(), "taken_on" date NOT NULL, "user_id" uuid NOT NULL, "team_id" uuid, "year" integer NOT NULL, "quarter" integer NOT NULL, "categories" jsonb NOT NULL, "weighted_cents" bigint NOT NULL, CONSTRAINT "PK_589198783c55a600a4b4836790c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "forecast_snapshot_key" ON "forecast_snapshot"  ("taken_on", "user_id", "year", "quarter") `);
    await queryRunner.query(`CREATE TABLE "quote" ("id" uuid NOT NULL DEFAULT uuidv7(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "owner_id" uuid, "team_id" uuid, "custom_fields" jsonb NOT NULL DEFAULT '{}', "opportunity_id" uuid NOT NULL, "account_id" uuid NOT NULL, "name" text NOT NULL, "version" integer NOT NULL, "status" text NOT NULL DEFAULT 'draft', "currency" text NOT NULL, "priced_on" date NOT NULL, "valid_until" date, "discount_percent" numeric(5,2) NOT NULL DEFAULT '0', "subtotal" numeric(14,2) NOT NULL DEFAULT '0', "total" numeric(14,2) NOT NULL DEFAULT '0', "language" text NOT NULL DEFAULT 'en', "notes" text, "accepted_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b772d4cb09e587c8c72a78d2439" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "quote_owner_idx" ON "quote"  ("owner_id") `);
    await queryRunner.query(`CREATE INDEX "quote_account_idx" ON "quote"  ("account_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "quote_opportunity_version_key" ON "quote"  ("opportunity_id", "version") `);
    await queryRunner.query(`CREATE TABLE "quote_line" ("id" uuid NOT NULL DEFAULT uuidv7(), "quote_id" uuid NOT NULL, "line_no" integer NOT NULL, "product_id" uuid NOT NULL, "sku" text NOT NULL, "product_name" text NOT NULL, "product_line" text, "quantity" integer NOT NULL, "unit_price" numeric(14,2) NOT NULL, "price_book_id" uuid NOT NULL, "price_source" text NOT NULL, "discount_percent" numeric(5,2) NOT NULL DEFAULT '0', "net_amount" numeric(14,2) NOT NULL, CONSTRAINT "PK_a26b43aca98839fad6b4c70ec8b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "quote_line_product_idx" ON "quote_line"  ("product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "quote_line_quote_idx" ON "quote_line"  ("quote_id", "line_no") `);
    await queryRunner.query(`CREATE TABLE "quote_approval" ("id" uuid NOT NULL DEFAULT uuidv7(), "quote_id" uuid NOT NULL, "requested_by" uuid NOT NULL, "approver_id" uuid, "reason_code" text NOT NULL, "note" text, "breaches" jsonb NOT NULL DEFAULT '[]', "status" text NOT NULL DEFAULT 'pending', "decided_by" uuid, "decision_note" text, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_56e0574d5482461269c6aca7470" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "quote_approval_pending_idx" ON "quote_approval"  ("approver_id") WHERE status = 'pending'`);
    await queryRunner.query(`CREATE INDEX "quote_approval_quote_idx" ON "quote_approval"  ("quote_id", "requested_at") `);
    // Out of the box: reps may give up to 10 %, managers 25 %; an admin sets finer rules per product line.
    await queryRunner.query(`INSERT INTO discount_tolerance (role, product_line, max_discount_percent) VALUES ('sales_rep', NULL, 10), ('sales_manager', NULL, 25), ('admin', NULL, 100)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."quote_approval_quote_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quote_approval_pending_idx"`);
    await queryRunner.query(`DROP TABLE "quote_approval"`);
    await queryRunner.query(`DROP INDEX "public"."quote_line_quote_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quote_line_product_idx"`);
    await queryRunner.query(`DROP TABLE "quote_line"`);
    await queryRunner.query(`DROP INDEX "public"."quote_opportunity_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."quote_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quote_owner_idx"`);
    await queryRunner.query(`DROP TABLE "quote"`);
    await queryRunner.query(`DROP INDEX "public"."forecast_snapshot_key"`);
    await queryRunner.query(`DROP TABLE "forecast_snapshot"`);
    await queryRunner.query(`DROP INDEX "public"."forecast_adjustment_period_idx"`);
    await queryRunner.query(`DROP TABLE "forecast_adjustment"`);
    await queryRunner.query(`DROP INDEX "public"."quota_key"`);
    await queryRunner.query(`DROP TABLE "quota"`);
    await queryRunner.query(`DROP INDEX "public"."commitment_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."commitment_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."commitment_due_idx"`);
    await queryRunner.query(`DROP TABLE "commitment"`);
    await queryRunner.query(`DROP INDEX "public"."discount_tolerance_key"`);
    await queryRunner.query(`DROP TABLE "discount_tolerance"`);
    await queryRunner.query(`DROP INDEX "public"."price_book_entry_key"`);
    await queryRunner.query(`DROP TABLE "price_book_entry"`);
    await queryRunner.query(`DROP INDEX "public"."price_book_account_idx"`);
    await queryRunner.query(`DROP TABLE "price_book"`);
    await queryRunner.query(`DROP INDEX "public"."product_sku_key"`);
    await queryRunner.query(`DROP TABLE "product"`);
  }
}
