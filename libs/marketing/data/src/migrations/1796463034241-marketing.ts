import { MigrationInterface, QueryRunner } from 'typeorm';

export class Marketing1796463034241 implements MigrationInterface {
  name = 'Marketing1796463034241';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "campaign" ("id" uuid NOT NULL DEFAULT uuidv7(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "owner_id" uuid, "team_id" uuid, "custom_fields" jsonb NOT NULL DEFAULT '{}', "deleted_at" TIMESTAMP WITH TIME ZONE, "name" text NOT NULL, "type" text NOT NULL, "status" text NOT NULL DEFAULT 'planned', "parent_campaign_id" uuid, "channel" text, "start_date" date, "end_date" date, "currency" text NOT NULL DEFAULT 'CNY', "budget" numeric(18,2), "expected_cost" numeric(18,2), "expected_revenue" numeric(18,2), "expected_response_rate" double precision, "target_audience" text, "utm_campaign" text, "utm_source" text, "utm_medium" text, "tracking_phone" text, "short_code" text, "tracking_phone_normalized" text, CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "campaign_tracking_phone_key" ON "campaign"  ("tracking_phone_normalized") WHERE deleted_at IS NULL AND tracking_phone_normalized IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "campaign_start_idx" ON "campaign"  ("start_date", "id") `);
    await queryRunner.query(`CREATE INDEX "campaign_owner_idx" ON "campaign"  ("owner_id") `);
    await queryRunner.query(`CREATE INDEX "campaign_parent_idx" ON "campaign"  ("parent_campaign_id") `);
    await queryRunner.query(`CREATE TABLE "campaign_member" ("id" uuid NOT NULL DEFAULT uuidv7(), "campaign_id" uuid NOT NULL, "contact_id" uuid, "lead_id" uuid, "status" text NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "campaign_member_one_person" CHECK ((contact_id IS NULL) <> (lead_id IS NULL)), CONSTRAINT "PK_834a746344b26d011d8f2239339" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "campaign_member_page_idx" ON "campaign_member"  ("campaign_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "campaign_member_lead_idx" ON "campaign_member"  ("lead_id") WHERE lead_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "campaign_member_contact_idx" ON "campaign_member"  ("contact_id") WHERE contact_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "campaign_member_lead_key" ON "campaign_member"  ("campaign_id", "lead_id") WHERE lead_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "campaign_member_contact_key" ON "campaign_member"  ("campaign_id", "contact_id") WHERE contact_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "campaign_cost" ("id" uuid NOT NULL DEFAULT uuidv7(), "campaign_id" uuid NOT NULL, "incurred_on" date NOT NULL, "category" text NOT NULL, "amount" numeric(18,2) NOT NULL, "currency" text NOT NULL, "note" text, "attachment_url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "PK_bf8308e75ffc0ad1f4eadd0e468" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "campaign_cost_campaign_idx" ON "campaign_cost"  ("campaign_id", "incurred_on") `);
    await queryRunner.query(`ALTER TABLE "campaign" ADD CONSTRAINT "FK_f49710745dae3f2da5859859426" FOREIGN KEY ("parent_campaign_id") REFERENCES "campaign"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_member" ADD CONSTRAINT "FK_4821d8910fe2395cfd164289013" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_cost" ADD CONSTRAINT "FK_d705ac02fb54cafcc257b2e1981" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // A short code is typed from print in any case: unique among live campaigns, case-insensitively.
    await queryRunner.query(`CREATE UNIQUE INDEX "campaign_short_code_key" ON "campaign" (lower(short_code)) WHERE deleted_at IS NULL AND short_code IS NOT NULL`);
    // Members are people of the sales domain; merges re-point them (MergeRepository), deletes are soft.
    await queryRunner.query(`ALTER TABLE "campaign_member" ADD CONSTRAINT "campaign_member_contact_fk" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE`);
    await queryRunner.query(`ALTER TABLE "campaign_member" ADD CONSTRAINT "campaign_member_lead_fk" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE CASCADE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_member" DROP CONSTRAINT "campaign_member_lead_fk"`);
    await queryRunner.query(`ALTER TABLE "campaign_member" DROP CONSTRAINT "campaign_member_contact_fk"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_short_code_key"`);
    await queryRunner.query(`ALTER TABLE "campaign_cost" DROP CONSTRAINT "FK_d705ac02fb54cafcc257b2e1981"`);
    await queryRunner.query(`ALTER TABLE "campaign_member" DROP CONSTRAINT "FK_4821d8910fe2395cfd164289013"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "FK_f49710745dae3f2da5859859426"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_cost_campaign_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_cost"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_member_contact_key"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_member_lead_key"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_member_contact_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_member_lead_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_member_page_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_member"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_parent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_start_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_tracking_phone_key"`);
    await queryRunner.query(`DROP TABLE "campaign"`);
  }
}
