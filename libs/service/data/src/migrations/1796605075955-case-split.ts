import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Split cases (issue 18 item 1): `split_from_id`, the case a new one was split off from. Case
 * numbers (docs/adr/0022, "Case numbers"): one sequence per year, created on demand by
 * `case_number_next(year)`, instead of the `case_number_counter` row whose lock was held until the
 * creating transaction committed (every new case waited for the one before). A sequence gives a
 * number without a lock, and a rolled-back creation leaves a gap.
 */
export class CaseSplit1796605075955 implements MigrationInterface {
  name = 'CaseSplit1796605075955';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_case" ADD "split_from_id" uuid`);
    await queryRunner.query(`ALTER TABLE "service_case" ADD CONSTRAINT "service_case_split_from_fk" FOREIGN KEY ("split_from_id") REFERENCES "service_case"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // The year's sequence continues from the highest number already given that year (the old
    // counter, or cases written directly by a seed). Two transactions creating the same year's
    // sequence at once: the second waits for the first and then uses its sequence (the creation is
    // caught in a sub-block, so its transaction goes on).
    await queryRunner.query(`CREATE FUNCTION case_number_next(y integer) RETURNS bigint LANGUAGE plpgsql AS $fn$
DECLARE
  seq text := 'case_number_' || y;
  last bigint;
BEGIN
  IF to_regclass(seq) IS NULL THEN
    BEGIN
      EXECUTE format('CREATE SEQUENCE %I AS bigint', seq);
      SELECT max(split_part(number, '-', 3)::bigint) INTO last FROM service_case WHERE number LIKE 'CS-' || y || '-%';
      IF last IS NOT NULL THEN
        PERFORM setval(seq, last);
      END IF;
    EXCEPTION WHEN duplicate_table OR unique_violation THEN
      NULL;
    END;
  END IF;
  RETURN nextval(seq);
END
$fn$`);
    for (const { year, last } of (await queryRunner.query(`SELECT year, last FROM case_number_counter`)) as { year: number; last: number }[]) {
      await queryRunner.query(`CREATE SEQUENCE "case_number_${Number(year)}" AS bigint`);
      if (last > 0) await queryRunner.query(`SELECT setval($1, $2)`, [`case_number_${Number(year)}`, last]);
    }
    await queryRunner.query(`DROP TABLE "case_number_counter"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_number_counter" ("year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_05931467fd562911e696a43561b" PRIMARY KEY ("year"))`);
    const years = (await queryRunner.query(`SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema() AND sequencename ~ '^case_number_[0-9]+$'`)) as { sequencename: string; last_value: string | null }[];
    for (const s of years) {
      await queryRunner.query(`INSERT INTO case_number_counter (year, last) VALUES ($1, $2)`, [Number(s.sequencename.slice('case_number_'.length)), Number(s.last_value ?? 0)]);
      await queryRunner.query(`DROP SEQUENCE "${s.sequencename}"`);
    }
    await queryRunner.query(`DROP FUNCTION case_number_next(integer)`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP CONSTRAINT "service_case_split_from_fk"`);
    await queryRunner.query(`ALTER TABLE "service_case" DROP COLUMN "split_from_id"`);
  }
}
