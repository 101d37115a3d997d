import { MigrationInterface, QueryRunner } from 'typeorm';

/** Regular-expression class of the scripts written without spaces; the same ranges as service-domain's knowledge-search.ts. */
const CJK = '[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af]';

/**
 * The knowledge base (issue 19 item 3). Generated, except the search part at the end, written by
 * hand (the generator does not see functions or expression indexes):
 * - `knowledge_cjk_tsvector(t, weight)`: the bigrams of each CJK run of `t` and the run's last
 *   character, with positions (ts_rank_cd ignores lexemes without one) and the weight;
 * - `knowledge_search_vector(title, summary, body)`: English stems (CJK left out) and those
 *   lexemes, weighted title A, summary B, body C; written on a version when it is published;
 * - a GIN index over the published versions' vectors.
 */
export class KnowledgeBase1796630677851 implements MigrationInterface {
  name = 'KnowledgeBase1796630677851';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "knowledge_category" ("id" uuid NOT NULL DEFAULT uuidv7(), "parent_id" uuid, "names" jsonb NOT NULL DEFAULT '{}', "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be734e2473d2c2af9724da3d959" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "knowledge_category_parent_idx" ON "knowledge_category"  ("parent_id", "position") `);
    await queryRunner.query(`CREATE TABLE "knowledge_article" ("id" uuid NOT NULL DEFAULT uuidv7(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "owner_id" uuid, "team_id" uuid, "custom_fields" jsonb NOT NULL DEFAULT '{}', "translation_group_id" uuid NOT NULL, "language" text NOT NULL, "audience" text NOT NULL DEFAULT 'internal', "category_id" uuid, "title" text NOT NULL, "status" text NOT NULL DEFAULT 'draft', "published_version_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "view_count" integer NOT NULL DEFAULT '0', "helpful_count" integer NOT NULL DEFAULT '0', "not_helpful_count" integer NOT NULL DEFAULT '0', CONSTRAINT "knowledge_article_status" CHECK (status IN ('draft', 'in_review', 'published', 'archived')), CONSTRAINT "knowledge_article_audience" CHECK (audience IN ('internal', 'customers', 'partners')), CONSTRAINT "knowledge_article_language" CHECK (language IN ('en', 'zh-CN', 'zh-TW')), CONSTRAINT "PK_5e6c80ff5dc988b082b737db9df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "knowledge_article_published_idx" ON "knowledge_article"  ("language", "audience", "published_at") WHERE published_version_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "knowledge_article_owner_idx" ON "knowledge_article"  ("owner_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "knowledge_article_category_idx" ON "knowledge_article"  ("category_id") WHERE category_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "knowledge_article_group_language_key" ON "knowledge_article"  ("translation_group_id", "language") `);
    await queryRunner.query(`CREATE TABLE "knowledge_article_version" ("id" uuid NOT NULL DEFAULT uuidv7(), "article_id" uuid NOT NULL, "number" integer NOT NULL, "status" text NOT NULL DEFAULT 'draft', "title" character varying(300) NOT NULL, "summary" text NOT NULL DEFAULT '', "body" text NOT NULL DEFAULT '', "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "archived_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector, CONSTRAINT "knowledge_article_version_status" CHECK (status IN ('draft', 'in_review', 'published', 'archived')), CONSTRAINT "PK_a60470c612ff2a217f1fab8c277" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "knowledge_article_version_number_key" ON "knowledge_article_version"  ("article_id", "number") `);
    await queryRunner.query(`CREATE TABLE "knowledge_article_product" ("article_id" uuid NOT NULL, "product_id" uuid NOT NULL, CONSTRAINT "PK_6ff375d655241fe1fef9c6b5cd7" PRIMARY KEY ("article_id", "product_id"))`);
    await queryRunner.query(`CREATE INDEX "knowledge_article_product_product_idx" ON "knowledge_article_product"  ("product_id") `);
    await queryRunner.query(`CREATE TABLE "knowledge_feedback" ("article_id" uuid NOT NULL, "user_id" uuid NOT NULL, "helpful" boolean NOT NULL, "comment" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dca4e1834f76029633176a34966" PRIMARY KEY ("article_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "knowledge_case_link" ("article_id" uuid NOT NULL, "case_id" uuid NOT NULL, "linked_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea00ac5f59e41c47f3d95fcfa06" PRIMARY KEY ("article_id", "case_id"))`);
    await queryRunner.query(`CREATE INDEX "knowledge_case_link_case_idx" ON "knowledge_case_link"  ("case_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "knowledge_attachment" ("id" uuid NOT NULL DEFAULT uuidv7(), "article_id" uuid NOT NULL, "filename" character varying(255) NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a7c3fb257d306ab98a3746898a6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "knowledge_attachment_article_idx" ON "knowledge_attachment"  ("article_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "knowledge_deflection" ("id" uuid NOT NULL DEFAULT uuidv7(), "user_id" uuid, "article_ids" uuid array NOT NULL, "query" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6199233935bce8833b991d5218" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "knowledge_deflection_at_idx" ON "knowledge_deflection"  ("created_at") `);
    await queryRunner.query(`ALTER TABLE "knowledge_category" ADD CONSTRAINT "knowledge_category_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "knowledge_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_article" ADD CONSTRAINT "knowledge_article_category_fk" FOREIGN KEY ("category_id") REFERENCES "knowledge_category"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_article_version" ADD CONSTRAINT "knowledge_article_version_article_fk" FOREIGN KEY ("article_id") REFERENCES "knowledge_article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_article_product" ADD CONSTRAINT "knowledge_article_product_article_fk" FOREIGN KEY ("article_id") REFERENCES "knowledge_article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_article_product" ADD CONSTRAINT "knowledge_article_product_product_fk" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_feedback" ADD CONSTRAINT "knowledge_feedback_article_fk" FOREIGN KEY ("article_id") REFERENCES "knowledge_article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_case_link" ADD CONSTRAINT "knowledge_case_link_article_fk" FOREIGN KEY ("article_id") REFERENCES "knowledge_article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_case_link" ADD CONSTRAINT "knowledge_case_link_case_fk" FOREIGN KEY ("case_id") REFERENCES "service_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_attachment" ADD CONSTRAINT "knowledge_attachment_article_fk" FOREIGN KEY ("article_id") REFERENCES "knowledge_article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "knowledge_article" ADD CONSTRAINT "knowledge_article_published_version_fk" FOREIGN KEY ("published_version_id") REFERENCES "knowledge_article_version"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`
      CREATE FUNCTION knowledge_cjk_tsvector(t text, weight text) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(format('''%s'':%s%s', g, least(n, 16383), weight), ' ')::tsvector, ''::tsvector)
        FROM (
          SELECT u.g, row_number() OVER (ORDER BY m.i, u.j) AS n
          FROM regexp_matches(t, '${CJK}+', 'g') WITH ORDINALITY AS m(r, i),
               unnest(text_bigrams(m.r[1]) || right(m.r[1], 1)) WITH ORDINALITY AS u(g, j)
        ) pieces
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION knowledge_search_vector(title text, summary text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('english'::regconfig, regexp_replace(coalesce(title, ''), '${CJK}+', ' ', 'g')), 'A')
            || knowledge_cjk_tsvector(coalesce(title, ''), 'A')
            || setweight(to_tsvector('english'::regconfig, regexp_replace(coalesce(summary, ''), '${CJK}+', ' ', 'g')), 'B')
            || knowledge_cjk_tsvector(coalesce(summary, ''), 'B')
            || setweight(to_tsvector('english'::regconfig, regexp_replace(coalesce(body, ''), '${CJK}+', ' ', 'g')), 'C')
            || knowledge_cjk_tsvector(coalesce(body, ''), 'C')
      $$`);
    await queryRunner.query(`CREATE INDEX "knowledge_article_version_search_idx" ON "knowledge_article_version" USING gin ("search_vector") WHERE status = 'published'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_version_search_idx"`);
    await queryRunner.query(`DROP FUNCTION knowledge_search_vector(text, text, text)`);
    await queryRunner.query(`DROP FUNCTION knowledge_cjk_tsvector(text, text)`);
    await queryRunner.query(`ALTER TABLE "knowledge_article" DROP CONSTRAINT "knowledge_article_published_version_fk"`);
    await queryRunner.query(`ALTER TABLE "knowledge_attachment" DROP CONSTRAINT "knowledge_attachment_article_fk"`);
    await queryRunner.query(`ALTER TABLE "knowledge_case_link" DROP CONSTRAINT "knowledge_case_link_case_fk"`);
    await queryRunner.query(`ALTER TABLE "knowledge_case_link" DROP CONSTRAINT "knowledge_case_link_article_fk"`);
    await queryRunner.query(`ALTER TABLE "knowledge_feedback" DROP CONSTRAINT "knowledge_feedback_article_fk"`);
    await queryRunner.query(`ALTER TABLE "knowledge_article_product" DROP CONSTRAINT "knowledge_article_product_product_fk"`);
    await queryRunner.query(`ALTER TABLE "knowledge_article_product" DROP CONSTRAINT "knowledge_article_product_article_fk"`);
    await queryRunner.query(`ALTER TABLE "knowledge_article_version" DROP CONSTRAINT "knowledge_article_version_article_fk"`);
    await queryRunner.query(`ALTER TABLE "knowledge_article" DROP CONSTRAINT "knowledge_article_category_fk"`);
    await queryRunner.query(`ALTER TABLE "knowledge_category" DROP CONSTRAINT "knowledge_category_parent_fk"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_deflection_at_idx"`);
    await queryRunner.query(`DROP TABLE "knowledge_deflection"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_attachment_article_idx"`);
    await queryRunner.query(`DROP TABLE "knowledge_attachment"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_case_link_case_idx"`);
    await queryRunner.query(`DROP TABLE "knowledge_case_link"`);
    await queryRunner.query(`DROP TABLE "knowledge_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_product_product_idx"`);
    await queryRunner.query(`DROP TABLE "knowledge_article_product"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_version_number_key"`);
    await queryRunner.query(`DROP TABLE "knowledge_article_version"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_group_language_key"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_category_idx"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_published_idx"`);
    await queryRunner.query(`DROP TABLE "knowledge_article"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_category_parent_idx"`);
    await queryRunner.query(`DROP TABLE "knowledge_category"`);
  }
}
