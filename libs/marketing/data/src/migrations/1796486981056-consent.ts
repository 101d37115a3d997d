import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent to marketing email and the suppression list (issue 15, docs/adr/0015): subscription
 * types; each address's current answer per type and globally; every answer with its evidence;
 * addresses no mail goes to. Keyed by normalised address, so answers outlive contact records.
 */
export class Consent1796486981056 implements MigrationInterface {
  name = 'Consent1796486981056';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "subscription_type" ("id" uuid NOT NULL DEFAULT uuidv7(), "key" text NOT NULL, "name" text NOT NULL, "names" jsonb NOT NULL DEFAULT '{}', "description" text, "double_opt_in" boolean NOT NULL DEFAULT false, "requires_opt_in" boolean NOT NULL DEFAULT true, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "subscription_type_key_check" CHECK (key ~ '^[a-z0-9][a-z0-9_-]{1,39}$'), CONSTRAINT "PK_13bf5fb01dc4c8909a555120da5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "subscription_type_key_key" ON "subscription_type"  ("key") `);
    await queryRunner.query(`CREATE TABLE "consent" ("address" text NOT NULL, "subscription_type_id" uuid NOT NULL, "status" text NOT NULL, "event_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "consent_status_check" CHECK (status IN ('opted_in', 'opted_out', 'pending')), CONSTRAINT "PK_67cdb496ecf5269dc9f69392cb9" PRIMARY KEY ("address", "subscription_type_id"))`);
    await queryRunner.query(`CREATE INDEX "consent_type_idx" ON "consent"  ("subscription_type_id", "status") `);
    await queryRunner.query(`CREATE TABLE "global_consent" ("address" text NOT NULL, "status" text NOT NULL, "event_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "global_consent_status_check" CHECK (status IN ('opted_in', 'opted_out', 'pending')), CONSTRAINT "PK_63164015bfce6f9fba61df5ef04" PRIMARY KEY ("address"))`);
    await queryRunner.query(`CREATE TABLE "consent_event" ("id" uuid NOT NULL DEFAULT uuidv7(), "address" text NOT NULL, "subscription_type_id" uuid, "status" text NOT NULL, "lawful_basis" text NOT NULL, "source" text NOT NULL, "wording_version" text, "ip" text, "user_agent" text, "recorded_by" uuid, "contact_id" uuid, "lead_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "consent_event_status_check" CHECK (status IN ('opted_in', 'opted_out', 'pending')), CONSTRAINT "PK_da129f04a16b45855a0ebb5ed68" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "consent_event_address_idx" ON "consent_event"  ("address", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "suppression" ("address" text NOT NULL, "reason" text NOT NULL, "detail" text, "soft_bounces" integer NOT NULL DEFAULT '0', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "suppression_reason_check" CHECK (reason IN ('hard_bounce', 'soft_bounce', 'complaint', 'opt_out', 'imported')), CONSTRAINT "PK_2039b0fcedfcedaa32564b77bfa" PRIMARY KEY ("address"))`);
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_b455e4df8283fba9ccd2811c17c" FOREIGN KEY ("subscription_type_id") REFERENCES "subscription_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent_event" ADD CONSTRAINT "FK_13f312c9be0a724ae391b6ad28f" FOREIGN KEY ("subscription_type_id") REFERENCES "subscription_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consent_event" DROP CONSTRAINT "FK_13f312c9be0a724ae391b6ad28f"`);
    await queryRunner.query(`ALTER TABLE "consent" DROP CONSTRAINT "FK_b455e4df8283fba9ccd2811c17c"`);
    await queryRunner.query(`DROP TABLE "suppression"`);
    await queryRunner.query(`DROP INDEX "public"."consent_event_address_idx"`);
    await queryRunner.query(`DROP TABLE "consent_event"`);
    await queryRunner.query(`DROP TABLE "global_consent"`);
    await queryRunner.query(`DROP INDEX "public"."consent_type_idx"`);
    await queryRunner.query(`DROP TABLE "consent"`);
    await queryRunner.query(`DROP INDEX "public"."subscription_type_key_key"`);
    await queryRunner.query(`DROP TABLE "subscription_type"`);
  }
}
