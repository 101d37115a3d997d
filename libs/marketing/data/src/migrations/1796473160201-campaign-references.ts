import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leads and opportunities point at their campaign (issue 14). Every campaign text they held becomes
 * a campaign of that name where none exists yet (type "other", completed, owned by whoever owned
 * the first record that named it), and each record is linked to the campaign of its name. A lead
 * keeps its text as its campaign source (what the inquiry named; routing and scoring rules match
 * it); an opportunity's text is dropped once linked.
 */
export class CampaignReferences1796473160201 implements MigrationInterface {
  name = 'CampaignReferences1796473160201';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead" ADD "campaign_id" uuid`);
    await queryRunner.query(`ALTER TABLE "opportunity" ADD "campaign_id" uuid`);
    await queryRunner.query(
      `INSERT INTO campaign (name, type, status, owner_id, team_id, created_by, created_at)
       SELECT DISTINCT ON (lower(btrim(src.name))) btrim(src.name), 'other', 'completed', src.owner_id, src.team_id, src.created_by, src.created_at
         FROM (SELECT campaign AS name, owner_id, team_id, created_by, created_at FROM lead WHERE campaign IS NOT NULL AND deleted_at IS NULL
               UNION ALL
               SELECT campaign, owner_id, team_id, created_by, created_at FROM opportunity WHERE campaign IS NOT NULL) src
        WHERE btrim(src.name) <> ''
          AND NOT EXISTS (SELECT 1 FROM campaign c WHERE c.deleted_at IS NULL AND lower(c.name) = lower(btrim(src.name)))
        ORDER BY lower(btrim(src.name)), src.created_at`,
    );
    for (const table of ['lead', 'opportunity']) {
      await queryRunner.query(
        `UPDATE "${table}" t SET campaign_id = pick.id
           FROM (SELECT DISTINCT ON (lower(name)) id, lower(name) AS key FROM campaign WHERE deleted_at IS NULL ORDER BY lower(name), created_at DESC) pick
          WHERE t.campaign IS NOT NULL AND pick.key = lower(btrim(t.campaign))`,
      );
    }
    await queryRunner.query(`ALTER TABLE "opportunity" DROP COLUMN "campaign"`);
    await queryRunner.query(`CREATE INDEX "lead_campaign_idx" ON "lead" ("campaign_id") `);
    await queryRunner.query(`CREATE INDEX "opportunity_campaign_idx" ON "opportunity" ("campaign_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."opportunity_campaign_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lead_campaign_idx"`);
    await queryRunner.query(`ALTER TABLE "opportunity" ADD "campaign" text`);
    await queryRunner.query(`UPDATE opportunity o SET campaign = c.name FROM campaign c WHERE c.id = o.campaign_id`);
    await queryRunner.query(`ALTER TABLE "opportunity" DROP COLUMN "campaign_id"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP COLUMN "campaign_id"`);
  }
}
