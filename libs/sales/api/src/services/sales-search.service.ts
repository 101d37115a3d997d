import { Injectable, OnModuleInit } from '@nestjs/common';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { SearchHitShape, SearchRegistry } from '@rapport/shared-api';
import { escapeLike } from '@rapport/shared-util';
import { normalizeCompanyName } from '@rapport/sales-domain';
import { SalesRepository } from '@rapport/sales-data';

/**
 * Global search over accounts, contacts, leads and opportunities the actor can see. Matches are
 * substring matches on the normalised names (trigram GIN indexes serve ILIKE), so Chinese and
 * English names both work; prefix matches rank first, then trigram similarity.
 */
@Injectable()
export class SalesSearchService implements OnModuleInit {
  constructor(
    private readonly repo: SalesRepository,
    private readonly registry: SearchRegistry,
  ) {}

  onModuleInit() {
    this.registry.register('sales', (actor, q, first) => this.search(actor, q, first));
  }

  async search(actor: Actor, query: string, first: number): Promise<SearchHitShape[]> {
    const q = query.trim().toLowerCase();
    const company = normalizeCompanyName(query) || q;
    const like = `%${escapeLike(q)}%`;
    const companyLike = `%${escapeLike(company)}%`;
    const prefix = `${escapeLike(q)}%`;
    const can = (o: 'account' | 'contact' | 'lead' | 'opportunity') => scopeFor(actor, o, 'read') !== RecordScope.None;
    const rank = (col: string) => `(CASE WHEN ${col} ILIKE :prefix THEN 1 ELSE 0.5 END + similarity(${col}, :q)) / 2`;
    const params = { like, companyLike, prefix, q };

    const [accounts, contacts, leads, opportunities] = await Promise.all([
      can('account')
        ? this.repo.accounts(actor, 'read').select(['a.id AS id', 'a.name AS title', 'a.industry AS subtitle']).addSelect(rank('a.name_normalized'), 'rank')
            .andWhere('a.name_normalized ILIKE :companyLike').setParameters(params).orderBy('rank', 'DESC').limit(first).getRawMany()
        : [],
      can('contact')
        ? this.repo.contacts(actor, 'read').select(['c.id AS id', `concat_ws(' ', c.first_name, c.last_name) AS title`, 'c.emails[1] AS subtitle']).addSelect(rank('c.name_normalized'), 'rank')
            .andWhere(`(c.name_normalized ILIKE :like OR array_to_string(c.emails, ' ') ILIKE :like)`).setParameters(params).orderBy('rank', 'DESC').limit(first).getRawMany()
        : [],
      can('lead')
        ? this.repo.leads(actor, 'read').select(['l.id AS id', `concat_ws(' ', l.first_name, l.last_name) AS title`, 'l.company AS subtitle']).addSelect(rank('l.name_normalized'), 'rank')
            .andWhere('(l.name_normalized ILIKE :like OR l.company_normalized ILIKE :companyLike OR l.email ILIKE :like)').setParameters(params).orderBy('rank', 'DESC').limit(first).getRawMany()
        : [],
      can('opportunity')
        ? this.repo.opportunities(actor, 'read').select(['o.id AS id', 'o.name AS title', 'o.close_date::text AS subtitle']).addSelect(rank('lower(o.name)'), 'rank')
            .andWhere('o.name ILIKE :like').setParameters(params).orderBy('rank', 'DESC').limit(first).getRawMany()
        : [],
    ]);
    const tag = (type: string) => (r: { id: string; title: string; subtitle: string | null; rank: string }) => ({ type, id: r.id, title: r.title, subtitle: r.subtitle, rank: Number(r.rank) });
    return [...accounts.map(tag('account')), ...contacts.map(tag('contact')), ...leads.map(tag('lead')), ...opportunities.map(tag('opportunity'))];
  }
}
