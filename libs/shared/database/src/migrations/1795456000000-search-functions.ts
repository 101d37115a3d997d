import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * IMMUTABLE helpers that expression indexes can hold (written by hand: the generator does not see
 * functions).
 * - `text_bigrams(t)`: the overlapping two-character pieces of `t` (pairs with whitespace left out).
 *   pg_trgm finds nothing to look up in a two-character term such as "星辰", so a GIN index over
 *   `text_bigrams(col)` answers `text_bigrams(col) @> ARRAY[term]`, with the ILIKE kept as the check.
 *   PL/pgSQL because it is about four times faster per row than the SQL set-returning version.
 * - `text_array_join(a)`: `array_to_string(a, ' ')`, which is only STABLE in general (element output
 *   functions) but immutable for text[], so a trigram index can cover all of a contact's addresses.
 */
export class SearchFunctions1795456000000 implements MigrationInterface {
  name = 'SearchFunctions1795456000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION text_bigrams(t text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
      DECLARE
        pairs text[] := '{}';
        pair text;
      BEGIN
        FOR i IN 1 .. char_length(t) - 1 LOOP
          pair := substr(t, i, 2);
          IF pair !~ '\\s' THEN
            pairs := pairs || pair;
          END IF;
        END LOOP;
        RETURN pairs;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION text_array_join(a text[]) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN array_to_string(a, ' ')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION text_array_join(text[])`);
    await queryRunner.query(`DROP FUNCTION text_bigrams(text)`);
  }
}
