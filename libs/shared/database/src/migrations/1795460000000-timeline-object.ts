import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Timeline events name the record they describe when it is not their subject (docs/adr/0008), so
 * that a reader who may see an account but not its deals does not read the deals' names and amounts
 * on the account's timeline. Existing events get it from their type and payload, the same rule
 * `describedObject` applies to new ones (`opportunity.created` → `opportunity`, `payload.opportunityId`).
 * An event whose payload lacks the id keeps the type with no id: no scoped reader sees it.
 */
export class TimelineObject1795460000000 implements MigrationInterface {
  name = 'TimelineObject1795460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "timeline_event" ADD "object_type" text`);
    await queryRunner.query(`ALTER TABLE "timeline_event" ADD "object_id" uuid`);
    await queryRunner.query(`
      UPDATE timeline_event t
         SET object_type = p.prefix,
             object_id = CASE WHEN (t.payload->>(p.prefix || 'Id')) ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                              THEN (t.payload->>(p.prefix || 'Id'))::uuid END
        FROM (SELECT id, split_part(event_type, '.', 1) AS prefix FROM timeline_event) p
       WHERE p.id = t.id AND p.prefix NOT IN ('record', t.subject_type)`);
    await queryRunner.query(
      `ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_object_named" CHECK ("object_type" IS NOT NULL OR split_part("event_type", '.', 1) IN ('record', "subject_type"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "timeline_event" DROP CONSTRAINT "timeline_event_object_named"`);
    await queryRunner.query(`ALTER TABLE "timeline_event" DROP COLUMN "object_id"`);
    await queryRunner.query(`ALTER TABLE "timeline_event" DROP COLUMN "object_type"`);
  }
}
