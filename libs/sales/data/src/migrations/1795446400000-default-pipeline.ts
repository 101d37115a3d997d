import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every installation starts with one usable pipeline; admins rename or extend it. */
export class DefaultPipeline1795446400000 implements MigrationInterface {
  name = 'DefaultPipeline1795446400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH p AS (INSERT INTO pipeline (name, is_default, currency) VALUES ('New Business', true, 'CNY') RETURNING id)
      INSERT INTO stage (pipeline_id, name, position, probability, forecast_category, is_won, is_lost)
      SELECT p.id, s.name, s.position, s.probability, s.category, s.won, s.lost FROM p, (VALUES
        ('Prospecting', 1, 10, 'pipeline', false, false),
        ('Qualification', 2, 20, 'pipeline', false, false),
        ('Proposal', 3, 50, 'best_case', false, false),
        ('Negotiation', 4, 75, 'commit', false, false),
        ('Closed Won', 5, 100, 'closed', true, false),
        ('Closed Lost', 6, 0, 'omitted', false, true)
      ) AS s(name, position, probability, category, won, lost)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM pipeline WHERE name = 'New Business' AND is_default AND NOT EXISTS (SELECT 1 FROM opportunity o WHERE o.pipeline_id = pipeline.id)`);
  }
}
