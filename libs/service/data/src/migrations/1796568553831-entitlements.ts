import { MigrationInterface, QueryRunner } from 'typeorm';

export class Entitlements1796568553831 implements MigrationInterface {
  name = 'Entitlements1796568553831';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "entitlement" ("id" uuid NOT NULL DEFAULT uuidv7(), "account_id" uuid NOT NULL, "name" text NOT NULL, "level" text, "starts_on" date NOT NULL, "ends_on" date, "policy_id" uuid NOT NULL, "product_ids" uuid array NOT NULL DEFAULT '{}', "visits_total" integer, "visits_used" integer NOT NULL DEFAULT '0', "hours_total" numeric(10,2), "hours_used" numeric(10,2) NOT NULL DEFAULT '0', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de6f99ce26ea4464056dbd978d6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "entitlement_account_idx" ON "entitlement"  ("account_id", "starts_on") `);
    await queryRunner.query(`ALTER TABLE "entitlement" ADD CONSTRAINT "entitlement_account_fk" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "entitlement" ADD CONSTRAINT "entitlement_policy_fk" FOREIGN KEY ("policy_id") REFERENCES "service_sla_policy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "entitlement" DROP CONSTRAINT "entitlement_policy_fk"`);
    await queryRunner.query(`ALTER TABLE "entitlement" DROP CONSTRAINT "entitlement_account_fk"`);
    await queryRunner.query(`DROP INDEX "public"."entitlement_account_idx"`);
    await queryRunner.query(`DROP TABLE "entitlement"`);
  }
}
