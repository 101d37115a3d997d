import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The title and summary's own search vector (`knowledge_search_vector(title, summary, NULL)`, weights
 * A and B), written with `search_vector` when a version is published. Search ranks a common word's
 * thousands of matches by this small vector (stored inline) and only the best 200 by the full one,
 * whose body part is toasted: reading 9,000 of those cost 140–220 ms a search over 50,000 articles.
 */
export class KnowledgeTitleVector1796660000000 implements MigrationInterface {
  name = 'KnowledgeTitleVector1796660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "knowledge_article_version" ADD "title_vector" tsvector`);
    await queryRunner.query(`UPDATE knowledge_article_version SET title_vector = knowledge_search_vector(title, summary, NULL) WHERE search_vector IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "knowledge_article_version" DROP COLUMN "title_vector"`);
  }
}
