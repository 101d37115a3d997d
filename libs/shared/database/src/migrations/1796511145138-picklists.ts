import { MigrationInterface, QueryRunner } from 'typeorm';

/** Configured value lists for built-in fields (docs/adr/0018-picklists.md); each domain fills its lists from the values its records hold. */
export class Picklists1796511145138 implements MigrationInterface {
  name = 'Picklists1796511145138';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "picklist_value" ("list" text NOT NULL, "value" text NOT NULL, "names" jsonb NOT NULL DEFAULT '{}', "position" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_130542c534b7848d13adbea3656" PRIMARY KEY ("list", "value"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "picklist_value"`);
  }
}
