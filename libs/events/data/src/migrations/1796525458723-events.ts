import { MigrationInterface, QueryRunner } from 'typeorm';

/** Events, their registrations and each mail a registrant gets once (issue 16, docs/adr/0019). */
export class Events1796525458723 implements MigrationInterface {
  name = 'Events1796525458723';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "event" ("id" uuid NOT NULL DEFAULT uuidv7(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "owner_id" uuid, "team_id" uuid, "custom_fields" jsonb NOT NULL DEFAULT '{}', "reminder_hours" integer array NOT NULL DEFAULT '{168,24}', "deleted_at" TIMESTAMP WITH TIME ZONE, "title" text NOT NULL, "titles" jsonb NOT NULL DEFAULT '{}', "description" text, "descriptions" jsonb NOT NULL DEFAULT '{}', "type" text NOT NULL, "status" text NOT NULL DEFAULT 'draft', "campaign_id" uuid NOT NULL, "venue" text, "address" text, "online_url" text, "time_zone" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer, "registration_opens_at" TIMESTAMP WITH TIME ZONE, "registration_closes_at" TIMESTAMP WITH TIME ZONE, "sequence" integer NOT NULL DEFAULT '0', CONSTRAINT "event_capacity_positive" CHECK (capacity IS NULL OR capacity > 0), CONSTRAINT "event_ends_after_start" CHECK (ends_at > starts_at), CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "event_starts_idx" ON "event"  ("starts_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "event_campaign_key" ON "event"  ("campaign_id") `);
    await queryRunner.query(`CREATE TABLE "event_registration" ("id" uuid NOT NULL DEFAULT uuidv7(), "event_id" uuid NOT NULL, "address" text NOT NULL, "email" text NOT NULL, "first_name" text NOT NULL DEFAULT '', "last_name" text NOT NULL, "company" text, "phone" text, "locale" text NOT NULL DEFAULT 'en', "time_zone" text, "answers" jsonb NOT NULL DEFAULT '{}', "status" text NOT NULL, "sequence" integer NOT NULL DEFAULT '0', "contact_id" uuid, "lead_id" uuid, "walk_in" boolean NOT NULL DEFAULT false, "checked_in_at" TIMESTAMP WITH TIME ZONE, "checked_in_by" uuid, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_registration_status" CHECK (status IN ('registered', 'waitlisted', 'cancelled', 'attended', 'no_show')), CONSTRAINT "PK_10aedff1bd0d0ef534d1106ddec" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "event_registration_lead_idx" ON "event_registration"  ("lead_id") WHERE lead_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "event_registration_contact_idx" ON "event_registration"  ("contact_id") WHERE contact_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "event_registration_waitlist_idx" ON "event_registration"  ("event_id", "created_at", "id") WHERE status = 'waitlisted'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "event_registration_address_key" ON "event_registration"  ("event_id", "address") `);
    await queryRunner.query(`CREATE TABLE "event_mail" ("id" uuid NOT NULL DEFAULT uuidv7(), "registration_id" uuid NOT NULL, "kind" text NOT NULL, "sequence" integer NOT NULL, "key" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_843adba1f07ff80976ce468652f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "event_mail_registration_idx" ON "event_mail"  ("registration_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "event_mail_key" ON "event_mail"  ("key") `);
    await queryRunner.query(`ALTER TABLE "event" ADD CONSTRAINT "event_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_event_fk" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_mail" ADD CONSTRAINT "event_mail_registration_fk" FOREIGN KEY ("registration_id") REFERENCES "event_registration"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_mail" DROP CONSTRAINT "event_mail_registration_fk"`);
    await queryRunner.query(`ALTER TABLE "event_registration" DROP CONSTRAINT "event_registration_event_fk"`);
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "event_campaign_fk"`);
    await queryRunner.query(`DROP INDEX "public"."event_mail_key"`);
    await queryRunner.query(`DROP INDEX "public"."event_mail_registration_idx"`);
    await queryRunner.query(`DROP TABLE "event_mail"`);
    await queryRunner.query(`DROP INDEX "public"."event_registration_address_key"`);
    await queryRunner.query(`DROP INDEX "public"."event_registration_waitlist_idx"`);
    await queryRunner.query(`DROP INDEX "public"."event_registration_contact_idx"`);
    await queryRunner.query(`DROP INDEX "public"."event_registration_lead_idx"`);
    await queryRunner.query(`DROP TABLE "event_registration"`);
    await queryRunner.query(`DROP INDEX "public"."event_campaign_key"`);
    await queryRunner.query(`DROP INDEX "public"."event_starts_idx"`);
    await queryRunner.query(`DROP TABLE "event"`);
  }
}
