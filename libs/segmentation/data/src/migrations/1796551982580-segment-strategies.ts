import { MigrationInterface, QueryRunner } from 'typeorm';

export class SegmentStrategies1796551982580 implements MigrationInterface {
  name = 'SegmentStrategies1796551982580';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "segment_strategy" ("id" uuid NOT NULL DEFAULT uuidv7(), "segment_id" uuid NOT NULL, "name" text NOT NULL, "description" text, "holdout_share" numeric(4,3) NOT NULL, "seed" integer NOT NULL, "status" text NOT NULL DEFAULT 'active', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "owner_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "segment_strategy_status_check" CHECK (status IN ('active', 'ended')), CONSTRAINT "segment_strategy_share_check" CHECK (holdout_share >= 0.01 AND holdout_share <= 0.5), CONSTRAINT "PK_86b5d8b5d0526ec8be2197015ee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "segment_strategy_segment_idx" ON "segment_strategy"  ("segment_id") `);
    await queryRunner.query(`CREATE TABLE "strategy_assignment" ("strategy_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "holdout" boolean NOT NULL, "stratum" text NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_93336acd9ea027a10667c3709ee" PRIMARY KEY ("strategy_id", "contact_id"))`);
    await queryRunner.query(`CREATE INDEX "strategy_assignment_contact_idx" ON "strategy_assignment"  ("contact_id") `);
    await queryRunner.query(`CREATE INDEX "strategy_assignment_holdout_idx" ON "strategy_assignment"  ("strategy_id", "contact_id") WHERE holdout`);
    await queryRunner.query(`ALTER TABLE "segment_strategy" ADD CONSTRAINT "segment_strategy_segment_fk" FOREIGN KEY ("segment_id") REFERENCES "segment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strategy_assignment" ADD CONSTRAINT "strategy_assignment_strategy_fk" FOREIGN KEY ("strategy_id") REFERENCES "segment_strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strategy_assignment" ADD CONSTRAINT "strategy_assignment_contact_fk" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "strategy_assignment" DROP CONSTRAINT "strategy_assignment_contact_fk"`);
    await queryRunner.query(`ALTER TABLE "strategy_assignment" DROP CONSTRAINT "strategy_assignment_strategy_fk"`);
    await queryRunner.query(`ALTER TABLE "segment_strategy" DROP CONSTRAINT "segment_strategy_segment_fk"`);
    await queryRunner.query(`DROP INDEX "public"."strategy_assignment_holdout_idx"`);
    await queryRunner.query(`DROP INDEX "public"."strategy_assignment_contact_idx"`);
    await queryRunner.query(`DROP TABLE "strategy_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."segment_strategy_segment_idx"`);
    await queryRunner.query(`DROP TABLE "segment_strategy"`);
  }
}
