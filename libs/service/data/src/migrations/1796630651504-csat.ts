import { MigrationInterface, QueryRunner } from 'typeorm';

export class Csat1796630651504 implements MigrationInterface {
  name = 'Csat1796630651504';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "csat_survey" ("id" uuid NOT NULL DEFAULT uuidv7(), "case_id" uuid NOT NULL, "contact_id" uuid, "language" text NOT NULL, "owner_id" uuid, "team_id" uuid, "channel" text NOT NULL, "queue_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resolution_minutes" integer NOT NULL, "nonce" text NOT NULL, "invitations" integer NOT NULL DEFAULT '1', "mails_sent" integer NOT NULL DEFAULT '0', "sent_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "rating" smallint, "answers" jsonb NOT NULL DEFAULT '{}', "comment" text, "answered_by" uuid, "low_notified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "csat_survey_answered" CHECK ((answered_at IS NULL) = (rating IS NULL)), CONSTRAINT "csat_survey_rating" CHECK (rating BETWEEN 1 AND 5), CONSTRAINT "PK_fb264c9a7068c60fda8d0faf676" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "csat_survey_answered_idx" ON "csat_survey"  ("answered_at", "id") WHERE answered_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "csat_survey_owner_idx" ON "csat_survey"  ("owner_id", "resolved_at") `);
    await queryRunner.query(`CREATE INDEX "csat_survey_resolved_idx" ON "csat_survey"  ("resolved_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "csat_survey_case_key" ON "csat_survey"  ("case_id") `);
    await queryRunner.query(`CREATE TABLE "csat_settings" ("id" smallint NOT NULL DEFAULT '1', "mode" text NOT NULL DEFAULT 'off', "questions" jsonb NOT NULL DEFAULT '[]', "low_rating_threshold" smallint NOT NULL DEFAULT '2', "default_language" text NOT NULL DEFAULT 'en', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "csat_settings_threshold" CHECK (low_rating_threshold BETWEEN 1 AND 4), CONSTRAINT "csat_settings_one" CHECK (id = 1), CONSTRAINT "PK_7ab2f462c1efa4ca89f2e938170" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "csat_survey" ADD CONSTRAINT "csat_survey_case_fk" FOREIGN KEY ("case_id") REFERENCES "service_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "csat_survey" ADD CONSTRAINT "csat_survey_contact_fk" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "csat_survey" DROP CONSTRAINT "csat_survey_contact_fk"`);
    await queryRunner.query(`ALTER TABLE "csat_survey" DROP CONSTRAINT "csat_survey_case_fk"`);
    await queryRunner.query(`DROP TABLE "csat_settings"`);
    await queryRunner.query(`DROP INDEX "public"."csat_survey_case_key"`);
    await queryRunner.query(`DROP INDEX "public"."csat_survey_resolved_idx"`);
    await queryRunner.query(`DROP INDEX "public"."csat_survey_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."csat_survey_answered_idx"`);
    await queryRunner.query(`DROP TABLE "csat_survey"`);
  }
}
