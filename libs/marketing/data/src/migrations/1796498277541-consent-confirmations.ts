import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsentConfirmations1796498277541 implements MigrationInterface {
  name = 'ConsentConfirmations1796498277541';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "consent_confirmation" ("event_id" uuid NOT NULL, "locale" text, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9a966a98b049e44dd97577bb266" PRIMARY KEY ("event_id"))`);
    await queryRunner.query(`ALTER TABLE "consent_confirmation" ADD CONSTRAINT "FK_9a966a98b049e44dd97577bb266" FOREIGN KEY ("event_id") REFERENCES "consent_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consent_confirmation" DROP CONSTRAINT "FK_9a966a98b049e44dd97577bb266"`);
    await queryRunner.query(`DROP TABLE "consent_confirmation"`);
  }
}
