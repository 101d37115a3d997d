import { MigrationInterface, QueryRunner } from 'typeorm';

export class RoutingQueues1796630630291 implements MigrationInterface {
  name = 'RoutingQueues1796630630291';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "routing_queue" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "distribution" text NOT NULL DEFAULT 'round_robin', "target_seconds" integer NOT NULL DEFAULT '3600', "overflow_queue_id" uuid, "overflow_after_seconds" integer, "is_default" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "routing_queue_overflow_after" CHECK (overflow_after_seconds IS NULL OR overflow_after_seconds >= 0), CONSTRAINT "routing_queue_target" CHECK (target_seconds > 0), CONSTRAINT "routing_queue_distribution" CHECK (distribution IN ('round_robin', 'least_busy')), CONSTRAINT "PK_9259dac5ea4d026c1bb566e14a1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "routing_queue_default_key" ON "routing_queue"  ("is_default") WHERE is_default`);
    await queryRunner.query(`CREATE UNIQUE INDEX "routing_queue_name_key" ON "routing_queue"  ("name") `);
    await queryRunner.query(`CREATE TABLE "routing_queue_skill" ("queue_id" uuid NOT NULL, "skill_key" text NOT NULL, "level" integer NOT NULL, CONSTRAINT "routing_queue_skill_level" CHECK (level BETWEEN 1 AND 5), CONSTRAINT "PK_85f58a269d66906901ceeff8fba" PRIMARY KEY ("queue_id", "skill_key"))`);
    await queryRunner.query(`CREATE TABLE "routing_queue_rule" ("id" uuid NOT NULL DEFAULT uuidv7(), "name" text NOT NULL, "queue_id" uuid NOT NULL, "criteria" jsonb NOT NULL DEFAULT '{}', "position" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_d4f3ffbfb8b81453e986e47f2fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "routing_queue_rule_order_idx" ON "routing_queue_rule"  ("position", "id") `);
    await queryRunner.query(`CREATE TABLE "agent_presence" ("user_id" uuid NOT NULL, "presence" text NOT NULL DEFAULT 'offline', "presence_since" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "auto_away" boolean NOT NULL DEFAULT false, "languages" text array NOT NULL DEFAULT '{en}', "capacity" jsonb NOT NULL DEFAULT '{}', "last_assigned_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "agent_presence_state" CHECK (presence IN ('available', 'busy', 'away', 'offline')), CONSTRAINT "PK_ce57b4ad45acf791e0d6eae7560" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TABLE "routing_item" ("id" uuid NOT NULL DEFAULT uuidv7(), "case_id" uuid NOT NULL, "queue_id" uuid NOT NULL, "rule_id" uuid, "channel" text NOT NULL, "language" text, "state" text NOT NULL DEFAULT 'waiting', "enqueued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "assigned_to" uuid, "assigned_at" TIMESTAMP WITH TIME ZONE, "answered_queue_id" uuid, "released_at" TIMESTAMP WITH TIME ZONE, "explanation" jsonb, CONSTRAINT "routing_item_state" CHECK (state IN ('waiting', 'assigned', 'released', 'cancelled')), CONSTRAINT "PK_06a5a3d521e1c855ca16449833f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "routing_item_case_idx" ON "routing_item"  ("case_id") `);
    await queryRunner.query(`CREATE INDEX "routing_item_queue_idx" ON "routing_item"  ("queue_id", "enqueued_at") `);
    await queryRunner.query(`CREATE INDEX "routing_item_assigned_idx" ON "routing_item"  ("assigned_to") WHERE state = 'assigned'`);
    await queryRunner.query(`CREATE INDEX "routing_item_waiting_idx" ON "routing_item"  ("enqueued_at", "id") WHERE state = 'waiting'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "routing_item_waiting_key" ON "routing_item"  ("case_id") WHERE state = 'waiting'`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD "queue_id" uuid`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD CONSTRAINT "service_case_queue_fk" FOREIGN KEY ("queue_id") REFERENCES "routing_queue"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "routing_queue" ADD CONSTRAINT "routing_queue_overflow_fk" FOREIGN KEY ("overflow_queue_id") REFERENCES "routing_queue"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "routing_queue_skill" ADD CONSTRAINT "routing_queue_skill_queue_fk" FOREIGN KEY ("queue_id") REFERENCES "routing_queue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "routing_queue_skill" ADD CONSTRAINT "routing_queue_skill_skill_fk" FOREIGN KEY ("skill_key") REFERENCES "service_skill"("key") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "routing_queue_rule" ADD CONSTRAINT "routing_queue_rule_queue_fk" FOREIGN KEY ("queue_id") REFERENCES "routing_queue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agent_presence" ADD CONSTRAINT "agent_presence_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "routing_item" ADD CONSTRAINT "routing_item_case_fk" FOREIGN KEY ("case_id") REFERENCES "service_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "routing_item" ADD CONSTRAINT "routing_item_queue_fk" FOREIGN KEY ("queue_id") REFERENCES "routing_queue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "routing_item" ADD CONSTRAINT "routing_item_agent_fk" FOREIGN KEY ("assigned_to") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "routing_item" DROP CONSTRAINT "routing_item_agent_fk"`);
    await queryRunner.query(`ALTER TABLE "routing_item" DROP CONSTRAINT "routing_item_queue_fk"`);
    await queryRunner.query(`ALTER TABLE "routing_item" DROP CONSTRAINT "routing_item_case_fk"`);
    await queryRunner.query(`ALTER TABLE "agent_presence" DROP CONSTRAINT "agent_presence_user_fk"`);
    await queryRunner.query(`ALTER TABLE "routing_queue_rule" DROP CONSTRAINT "routing_queue_rule_queue_fk"`);
    await queryRunner.query(`ALTER TABLE "routing_queue_skill" DROP CONSTRAINT "routing_queue_skill_skill_fk"`);
    await queryRunner.query(`ALTER TABLE "routing_queue_skill" DROP CONSTRAINT "routing_queue_skill_queue_fk"`);
    await queryRunner.query(`ALTER TABLE "routing_queue" DROP CONSTRAINT "routing_queue_overflow_fk"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP CONSTRAINT "service_case_queue_fk"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP COLUMN "queue_id"`);
    await queryRunner.query(`DROP INDEX "public"."routing_item_waiting_key"`);
    await queryRunner.query(`DROP INDEX "public"."routing_item_waiting_idx"`);
    await queryRunner.query(`DROP INDEX "public"."routing_item_assigned_idx"`);
    await queryRunner.query(`DROP INDEX "public"."routing_item_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."routing_item_case_idx"`);
    await queryRunner.query(`DROP TABLE "routing_item"`);
    await queryRunner.query(`DROP TABLE "agent_presence"`);
    await queryRunner.query(`DROP INDEX "public"."routing_queue_rule_order_idx"`);
    await queryRunner.query(`DROP TABLE "routing_queue_rule"`);
    await queryRunner.query(`DROP TABLE "routing_queue_skill"`);
    await queryRunner.query(`DROP INDEX "public"."routing_queue_name_key"`);
    await queryRunner.query(`DROP INDEX "public"."routing_queue_default_key"`);
    await queryRunner.query(`DROP TABLE "routing_queue"`);
  }
}
