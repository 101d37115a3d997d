import { Injectable } from '@nestjs/common';
import { isNameLocale, type Actor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { highlight, isEmptyQuery, parseKnowledgeQuery, snippet, type ParsedKnowledgeQuery } from '@rapport/service-domain';
import { KnowledgeSearchRepository, type KnowledgeSearchRow } from '@rapport/service-data';
import type { SearchKnowledgeArgs } from '../models/knowledge-search.model';
import { CasesService } from './cases.service';

/** Characters of a case's description read for suggestions (its beginning says what it is about). */
const SUGGESTION_TEXT = 2000;

/**
 * Searching the knowledge base (issue 19 item 3): a reader's query (all its words must match), and
 * suggestions for the agent reading a case (any of the case's words may match; the best first).
 * The published texts come back with the matched words marked, as segments the web renders safely.
 */
@Injectable()
export class KnowledgeSearchService {
  constructor(
    private readonly search: KnowledgeSearchRepository,
    private readonly cases: CasesService,
  ) {}

  async query(actor: Actor, args: SearchKnowledgeArgs, locale: string | null) {
    const parsed = parseKnowledgeQuery(args.query);
    if (isEmptyQuery(parsed)) return [];
    const language = args.language ?? (isNameLocale(locale) ? locale : null);
    const rows = await this.search.search(actor, parsed, { mode: args.anyWord ? 'any' : 'all', first: args.first ?? 20, language, categoryId: args.categoryId, productId: args.productId });
    return rows.map((r) => hit(r, parsed));
  }

  /** Articles for a case the caller may read, found by its subject and description; not found for any other case. */
  async suggestions(actor: Actor, caseId: string, first: number) {
    const k = await this.cases.findVisible(actor, caseId);
    if (!k) throw AppError.notFound('The case');
    const parsed = parseKnowledgeQuery(`${String(k.subject ?? '')} ${String(k.description ?? '').slice(0, SUGGESTION_TEXT)}`);
    if (isEmptyQuery(parsed)) return [];
    const rows = await this.search.search(actor, parsed, { mode: 'any', first, productId: null });
    return rows.map((r) => hit(r, parsed));
  }
}

const hit = (r: KnowledgeSearchRow, parsed: ParsedKnowledgeQuery) => ({
  article: r.article,
  rank: r.rank,
  title: highlight(r.title, parsed),
  snippet: snippet(r.summary ? `${r.summary}\n\n${r.body}` : r.body, parsed),
});
