import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkOrders1796590888615 implements MigrationInterface {
  name = 'WorkOrders1796590888615';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "service_skill" ("key" text NOT NULL, "names" jsonb NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_21a655d65c9bdd03f72e15ce068" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TABLE "user_skill" ("user_id" uuid NOT NULL, "skill_key" text NOT NULL, "level" integer NOT NULL, CONSTRAINT "user_skill_level" CHECK (level BETWEEN 1 AND 5), CONSTRAINT "PK_b757056514ff103e125938c83eb" PRIMARY KEY ("user_id", "skill_key"))`);
    await queryRunner.query(`CREATE INDEX "user_skill_skill_idx" ON "user_skill"  ("skill_key", "level") `);
    await queryRunner.query(`CREATE TABLE "work_order" ("id" uuid NOT NULL DEFAULT uuidv7(), "case_id" uuid NOT NULL, "sequence" integer NOT NULL, "description" text NOT NULL DEFAULT '', "street" text NOT NULL DEFAULT '', "city" text NOT NULL DEFAULT '', "postal_code" text NOT NULL DEFAULT '', "region" text NOT NULL DEFAULT '', "country" text NOT NULL DEFAULT '', "required_skill" text, "required_level" integer NOT NULL DEFAULT '1', "status" text NOT NULL DEFAULT 'scheduled', "technician_id" uuid, "entitlement_id" uuid, "proposed_slots" jsonb NOT NULL DEFAULT '[]', "proposed_at" TIMESTAMP WITH TIME ZONE, "slot_start" TIMESTAMP WITH TIME ZONE, "slot_end" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "confirmation_nonce" text, "ics_sequence" integer NOT NULL DEFAULT '0', "work_done" text, "parts" jsonb NOT NULL DEFAULT '[]', "signature_png" bytea, "signature_size" integer, "signed_by" text, "reported_at" TIMESTAMP WITH TIME ZONE, "visit_counted_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "work_order_level" CHECK (required_level BETWEEN 1 AND 5), CONSTRAINT "work_order_status" CHECK (status IN ('scheduled', 'en_route', 'on_site', 'done', 'cancelled')), CONSTRAINT "PK_0730e63dd523d397530859cb6d1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "work_order_technician_idx" ON "work_order"  ("technician_id", "slot_start") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "work_order_case_seq_key" ON "work_order"  ("case_id", "sequence") `);
    await queryRunner.query(`ALTER TABLE "user_skill" ADD CONSTRAINT "user_skill_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_skill" ADD CONSTRAINT "user_skill_skill_fk" FOREIGN KEY ("skill_key") REFERENCES "service_skill"("key") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "work_order" ADD CONSTRAINT "work_order_case_fk" FOREIGN KEY ("case_id") REFERENCES "service_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "work_order" ADD CONSTRAINT "work_order_skill_fk" FOREIGN KEY ("required_skill") REFERENCES "service_skill"("key") ON DELETE RESTRICT ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "work_order" ADD CONSTRAINT "work_order_technician_fk" FOREIGN KEY ("technician_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "work_order" ADD CONSTRAINT "work_order_entitlement_fk" FOREIGN KEY ("entitlement_id") REFERENCES "entitlement"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "work_order" DROP CONSTRAINT "work_order_entitlement_fk"`);
    await queryRunner.query(`ALTER TABLE "work_order" DROP CONSTRAINT "work_order_technician_fk"`);
    await queryRunner.query(`ALTER TABLE "work_order" DROP CONSTRAINT "work_order_skill_fk"`);
    await queryRunner.query(`ALTER TABLE "work_order" DROP CONSTRAINT "work_order_case_fk"`);
    await queryRunner.query(`ALTER TABLE "user_skill" DROP CONSTRAINT "user_skill_skill_fk"`);
    await queryRunner.query(`ALTER TABLE "user_skill" DROP CONSTRAINT "user_skill_user_fk"`);
    await queryRunner.query(`DROP INDEX "public"."work_order_case_seq_key"`);
    await queryRunner.query(`DROP INDEX "public"."work_order_technician_idx"`);
    await queryRunner.query(`DROP TABLE "work_order"`);
    await queryRunner.query(`DROP INDEX "public"."user_skill_skill_idx"`);
    await queryRunner.query(`DROP TABLE "user_skill"`);
    await queryRunner.query(`DROP TABLE "service_skill"`);
  }
}
