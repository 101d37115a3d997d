import { MigrationInterface, QueryRunner } from 'typeorm';

export class Leads1795453712652 implements MigrationInterface {
  name = 'Leads1795453712652';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "lead_submission" ("id" uuid NOT NULL DEFAULT uuidv7(), "form_id" uuid, "lead_id" uuid NOT NULL, "created_lead" boolean NOT NULL, "client_hash" text, "utm" jsonb NOT NULL DEFAULT '{}', "consent" boolean, "consent_text" text, "payload" jsonb NOT NULL DEFAULT '{}', "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_925b5339fd1a9561388b6737510" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "lead_submission_lead_idx" ON "lead_submission"  ("lead_id", "received_at") `);
    await queryRunner.query(`CREATE TABLE "routing_rule" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "position" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "criteria" jsonb NOT NULL DEFAULT '{}', "target_user_id" uuid, "target_team_id" uuid, "distribution" text NOT NULL DEFAULT 'round_robin', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b402e9e6a4d11fbd58e076daa2f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "routing_rule_position_idx" ON "routing_rule"  ("position") `);
    await queryRunner.query(`CREATE TABLE "routing_profile" ("user_id" uuid NOT NULL, "time_zone" text NOT NULL DEFAULT 'Asia/Shanghai', "work_days" integer array NOT NULL DEFAULT '{1,2,3,4,5}', "work_start" integer NOT NULL DEFAULT '540', "work_end" integer NOT NULL DEFAULT '1080', "daily_capacity" integer, "ooo_from" TIMESTAMP WITH TIME ZONE, "ooo_until" TIMESTAMP WITH TIME ZONE, "last_assigned_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ec6b586b7b0a49431fbcc89e09d" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TABLE "lead_routing" ("lead_id" uuid NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "routed_at" TIMESTAMP WITH TIME ZONE, "rule_id" uuid, "assigned_user_id" uuid, "explanation" jsonb, "explanation_text" text, "priority" text NOT NULL DEFAULT 'normal', "sla_minutes" integer, "first_response_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bea867f5fb01591357f34389a31" PRIMARY KEY ("lead_id"))`);
    await queryRunner.query(`CREATE INDEX "lead_routing_assignee_idx" ON "lead_routing"  ("assigned_user_id", "routed_at") `);
    await queryRunner.query(`CREATE INDEX "lead_routing_unanswered_idx" ON "lead_routing"  ("received_at") WHERE first_response_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "lead_escalation" ("lead_id" uuid NOT NULL, "level" integer NOT NULL, "action" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b9fb4fe543dfc33b7cf86c96137" PRIMARY KEY ("lead_id", "level"))`);
    await queryRunner.query(`CREATE TABLE "lead_settings" ("id" integer NOT NULL DEFAULT '1', "fallback_user_id" uuid, "calendar" jsonb NOT NULL, "ladder" jsonb NOT NULL, CONSTRAINT "PK_3cdb1899b2a8e3d3f54025b5938" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "scoring_rule" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "field" text NOT NULL, "operator" text NOT NULL, "value" jsonb, "points" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_047d9ae12271e9c1a2900673d4a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "sla_policy" ("id" uuid NOT NULL DEFAULT uuidv7(), "source" text, "priority" text, "response_minutes" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_19c1aa9dd53b9fc80648ae034b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "web_form" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "fields" jsonb NOT NULL DEFAULT '[]', "source" text NOT NULL DEFAULT 'web', "campaign" text, "redirect_url" text, "consent_text" text, "consent_required" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d3450774f98368ca3ae194cabc1" PRIMARY KEY ("id"))`);

    // Defaults so intake works before an admin configures it: Shanghai business hours, the 50/100/150 % ladder,
    // a one-business-hour first response (30 minutes for A leads), and a few fit and engagement rules.
    await queryRunner.query(
      `INSERT INTO lead_settings (id, calendar, ladder) VALUES (1, '{"timeZone":"Asia/Shanghai","workDays":[1,2,3,4,5],"start":540,"end":1080}', '[{"atPercent":50,"action":"remind_owner"},{"atPercent":100,"action":"notify_manager"},{"atPercent":150,"action":"reassign"}]')`,
    );
    await queryRunner.query(`INSERT INTO sla_policy (source, priority, response_minutes) VALUES (NULL, NULL, 60), (NULL, 'high', 30)`);
    await queryRunner.query(
      `INSERT INTO scoring_rule (name, field, operator, value, points) VALUES
        ('Business email', 'emailDomain', 'exists', NULL, 10),
        ('Company given', 'company', 'exists', NULL, 10),
        ('Senior title', 'title', 'in', '["CEO","CTO","CFO","COO","VP","Director","总经理","总监","經理","總監"]', 20),
        ('Mid-size or larger', 'employees', 'gte', '200', 20),
        ('Asked for a demo or price', 'productInterest', 'exists', NULL, 10),
        ('Came back (2+ submissions)', 'submissions', 'gte', '2', 15),
        ('Talked to us', 'activities', 'gte', '1', 15)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "web_form"`);
    await queryRunner.query(`DROP TABLE "sla_policy"`);
    await queryRunner.query(`DROP TABLE "scoring_rule"`);
    await queryRunner.query(`DROP TABLE "lead_settings"`);
    await queryRunner.query(`DROP TABLE "lead_escalation"`);
    await queryRunner.query(`DROP INDEX "public"."lead_routing_unanswered_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lead_routing_assignee_idx"`);
    await queryRunner.query(`DROP TABLE "lead_routing"`);
    await queryRunner.query(`DROP TABLE "routing_profile"`);
    await queryRunner.query(`DROP INDEX "public"."routing_rule_position_idx"`);
    await queryRunner.query(`DROP TABLE "routing_rule"`);
    await queryRunner.query(`DROP INDEX "public"."lead_submission_lead_idx"`);
    await queryRunner.query(`DROP TABLE "lead_submission"`);
  }
}
