import { MigrationInterface, QueryRunner } from 'typeorm';

export class Nurtures1796499334401 implements MigrationInterface {
  name = 'Nurtures1796499334401';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "nurture" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "campaign_id" uuid NOT NULL, "subscription_type_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'draft', "source_campaign_id" uuid NOT NULL, "source_member_statuses" text array NOT NULL, "stop_when_customer" boolean NOT NULL DEFAULT true, "stop_on_reply" boolean NOT NULL DEFAULT true, "step_count" integer NOT NULL, "owner_id" uuid, "created_by" uuid, "activated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "nurture_status_check" CHECK (status IN ('draft', 'active', 'paused')), CONSTRAINT "PK_9ad5703dcc87f338cf00e2aa3a7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "nurture_step" ("id" uuid NOT NULL DEFAULT uuidv7(), "nurture_id" uuid NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "config" jsonb NOT NULL, "mailing_id" uuid, CONSTRAINT "nurture_step_mailing_check" CHECK ((kind = 'send') = (mailing_id IS NOT NULL)), CONSTRAINT "nurture_step_kind_check" CHECK (kind IN ('wait', 'send', 'branch', 'set_member_status', 'notify_owner')), CONSTRAINT "PK_0c63f1f2a96ad37af202b7157f1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "nurture_step_mailing_key" ON "nurture_step"  ("mailing_id") WHERE mailing_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "nurture_step_position_key" ON "nurture_step"  ("nurture_id", "position") `);
    await queryRunner.query(`CREATE TABLE "nurture_enrolment" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "nurture_id" uuid NOT NULL, "address" text NOT NULL, "contact_id" uuid, "lead_id" uuid, "locale" text NOT NULL DEFAULT 'en', "position" integer NOT NULL DEFAULT '0', "due_at" TIMESTAMP WITH TIME ZONE, "status" text NOT NULL DEFAULT 'active', "stop_reason" text, "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "nurture_enrolment_stop_check" CHECK ((status = 'stopped') = (stop_reason IS NOT NULL)), CONSTRAINT "nurture_enrolment_status_check" CHECK (status IN ('active', 'completed', 'stopped')), CONSTRAINT "PK_69cd84a723190b0dc6a73ae5672" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "nurture_enrolment_due_idx" ON "nurture_enrolment"  ("nurture_id", "position", "due_at") WHERE status = 'active'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "nurture_enrolment_address_key" ON "nurture_enrolment"  ("nurture_id", "address") `);
    await queryRunner.query(`ALTER TABLE "mailing" ADD "kind" text NOT NULL DEFAULT 'one_off'`);
    await queryRunner.query(`ALTER TABLE "mailing" ADD CONSTRAINT "mailing_kind_check" CHECK (kind IN ('one_off', 'nurture'))`);
    await queryRunner.query(`ALTER TABLE "nurture" ADD CONSTRAINT "FK_388a1a73bc28d521963b7c26700" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "nurture" ADD CONSTRAINT "FK_8860d1f01716fe899cbea832dc6" FOREIGN KEY ("source_campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "nurture" ADD CONSTRAINT "FK_13d2d140535958f36b6e8ece912" FOREIGN KEY ("subscription_type_id") REFERENCES "subscription_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "nurture_step" ADD CONSTRAINT "FK_38bce8a33ade1d29245d080c36f" FOREIGN KEY ("nurture_id") REFERENCES "nurture"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "nurture_step" ADD CONSTRAINT "FK_539840ccf8c8dd2edae35d81be3" FOREIGN KEY ("mailing_id") REFERENCES "mailing"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "nurture_enrolment" ADD CONSTRAINT "FK_4f3e5c527e1773be8f254f3f5a0" FOREIGN KEY ("nurture_id") REFERENCES "nurture"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "nurture_enrolment" DROP CONSTRAINT "FK_4f3e5c527e1773be8f254f3f5a0"`);
    await queryRunner.query(`ALTER TABLE "nurture_step" DROP CONSTRAINT "FK_539840ccf8c8dd2edae35d81be3"`);
    await queryRunner.query(`ALTER TABLE "nurture_step" DROP CONSTRAINT "FK_38bce8a33ade1d29245d080c36f"`);
    await queryRunner.query(`ALTER TABLE "nurture" DROP CONSTRAINT "FK_13d2d140535958f36b6e8ece912"`);
    await queryRunner.query(`ALTER TABLE "nurture" DROP CONSTRAINT "FK_8860d1f01716fe899cbea832dc6"`);
    await queryRunner.query(`ALTER TABLE "nurture" DROP CONSTRAINT "FK_388a1a73bc28d521963b7c26700"`);
    await queryRunner.query(`ALTER TABLE "mailing" DROP CONSTRAINT "mailing_kind_check"`);
    await queryRunner.query(`ALTER TABLE "mailing" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP INDEX "public"."nurture_enrolment_address_key"`);
    await queryRunner.query(`DROP INDEX "public"."nurture_enrolment_due_idx"`);
    await queryRunner.query(`DROP TABLE "nurture_enrolment"`);
    await queryRunner.query(`DROP INDEX "public"."nurture_step_position_key"`);
    await queryRunner.query(`DROP INDEX "public"."nurture_step_mailing_key"`);
    await queryRunner.query(`DROP TABLE "nurture_step"`);
    await queryRunner.query(`DROP TABLE "nurture"`);
  }
}
