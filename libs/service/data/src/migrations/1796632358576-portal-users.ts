import { MigrationInterface, QueryRunner } from 'typeorm';

export class PortalUsers1796632358576 implements MigrationInterface {
  name = 'PortalUsers1796632358576';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "portal_user" ("user_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "account_admin" boolean NOT NULL DEFAULT false, "invited_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "link_purpose" text, "link_nonce" text, "link_expires_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "portal_user_link_purpose" CHECK (link_purpose IS NULL OR link_purpose IN ('verify', 'invite', 'sign-in')), CONSTRAINT "PK_e29e9f08bff8464ad33348a9e76" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "portal_user_contact_key" ON "portal_user"  ("contact_id") `);
    await queryRunner.query(`ALTER TABLE "portal_user" ADD CONSTRAINT "portal_user_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "portal_user" ADD CONSTRAINT "portal_user_contact_fk" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "portal_user" DROP CONSTRAINT "portal_user_contact_fk"`);
    await queryRunner.query(`ALTER TABLE "portal_user" DROP CONSTRAINT "portal_user_user_fk"`);
    await queryRunner.query(`DROP INDEX "public"."portal_user_contact_key"`);
    await queryRunner.query(`DROP TABLE "portal_user"`);
  }
}
