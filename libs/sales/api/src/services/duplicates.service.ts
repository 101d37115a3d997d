import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import {
  DuplicateReason,
  duplicateReasons,
  duplicateScore,
  normalizeCompanyName,
  normalizeEmailAddress,
  normalizePersonName,
  normalizePhone,
} from '@rapport/sales-domain';
import { SalesRepository } from '@rapport/sales-data';

export interface DuplicateProbe {
  firstName?: string | null;
  lastName?: string | null;
  company?: string | null;
  email?: string | null;
  phone?: string | null;
  /** Leave this record out (the one being edited). */
  excludeId?: string | null;
}

export interface DuplicateCandidate {
  type: 'lead' | 'contact' | 'account';
  id: string;
  title: string;
  subtitle: string | null;
  reasons: DuplicateReason[];
  score: number;
}

interface Row {
  id: string;
  title: string;
  subtitle: string | null;
  same_email: boolean | null;
  same_phone: boolean | null;
  name_sim: number | null;
  company_sim: number | null;
}

/**
 * "Possible duplicates" on create and edit: exact email, normalised phone, and trigram-similar
 * names (pg_trgm `%`, index-backed), among the records the actor can see. Rules decide and rank.
 */
@Injectable()
export class DuplicatesService {
  constructor(private readonly repo: SalesRepository) {}

  async forPerson(actor: Actor, probe: DuplicateProbe, limit = 10): Promise<DuplicateCandidate[]> {
    const p = {
      email: normalizeEmailAddress(probe.email) ?? '',
      phone: normalizePhone(probe.phone) ?? '',
      name: normalizePersonName(probe.firstName, probe.lastName),
      company: normalizeCompanyName(probe.company),
      excludeId: probe.excludeId ?? '00000000-0000-0000-0000-000000000000',
    };
    if (!p.email && !p.phone && p.name.length < 2) return [];
    const leads = this.candidates(this.repo.leads(actor, 'read'), 'l', p, {
      title: `concat_ws(' ', l.first_name, l.last_name)`,
      subtitle: `concat_ws(' · ', l.company, l.email)`,
      email: `l.email = :email`,
      phone: `l.phone_normalized = :phone`,
      company: `l.company_normalized`,
    });
    const contacts = this.candidates(this.repo.contacts(actor, 'read'), 'c', p, {
      title: `concat_ws(' ', c.first_name, c.last_name)`,
      subtitle: `c.emails[1]`,
      email: `:email = ANY(c.emails)`,
      phone: `:phone = ANY(c.phones_normalized)`,
      company: null,
    });
    const [leadRows, contactRows] = await Promise.all([leads.getRawMany<Row>(), contacts.getRawMany<Row>()]);
    return [...leadRows.map((r) => this.judge('lead', r)), ...contactRows.map((r) => this.judge('contact', r))]
      .filter((c): c is DuplicateCandidate => c !== null)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  async forAccount(actor: Actor, name: string, excludeId?: string | null, limit = 10): Promise<DuplicateCandidate[]> {
    const normalized = normalizeCompanyName(name);
    if (normalized.length < 2) return [];
    const rows = await this.repo
      .accounts(actor, 'read')
      .select('a.id', 'id')
      .addSelect('a.name', 'title')
      .addSelect('a.website', 'subtitle')
      .addSelect('similarity(a.name_normalized, :n)', 'name_sim')
      .andWhere('a.name_normalized % :n', { n: normalized })
      .andWhere('a.id <> :excludeId', { excludeId: excludeId ?? '00000000-0000-0000-0000-000000000000' })
      .orderBy('name_sim', 'DESC')
      .limit(limit)
      .getRawMany<Row>();
    // `%` finds candidates at pg_trgm's loose 0.3; the same name rule as for people decides, so
    // "Acme Energy" and "Hooli Energy" (sharing only the industry word) are not called duplicates.
    return rows
      .filter((r) => duplicateReasons({ sameEmail: false, samePhone: false, nameSimilarity: Number(r.name_sim), companySimilarity: null }).length > 0)
      .map((r) => ({ type: 'account' as const, id: r.id, title: r.title, subtitle: r.subtitle, reasons: ['name' as const], score: Math.round(Number(r.name_sim) * 100) }));
  }

  private candidates<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    a: string,
    p: { email: string; phone: string; name: string; company: string; excludeId: string },
    sql: { title: string; subtitle: string; email: string; phone: string; company: string | null },
  ) {
    const matches = [p.email ? sql.email : null, p.phone ? sql.phone : null, p.name.length >= 2 ? `${a}.name_normalized % :name` : null].filter(Boolean);
    return qb
      .select(`${a}.id`, 'id')
      .addSelect(sql.title, 'title')
      .addSelect(sql.subtitle, 'subtitle')
      .addSelect(p.email ? sql.email : 'false', 'same_email')
      .addSelect(p.phone ? sql.phone : 'false', 'same_phone')
      .addSelect(`similarity(${a}.name_normalized, :name)`, 'name_sim')
      .addSelect(sql.company && p.company ? `CASE WHEN ${sql.company} <> '' THEN similarity(${sql.company}, :company) END` : 'NULL::real', 'company_sim')
      .andWhere(`(${matches.join(' OR ')})`)
      .andWhere(`${a}.id <> :excludeId`)
      .setParameters(p)
      .limit(25);
  }

  private judge(type: 'lead' | 'contact', r: Row): DuplicateCandidate | null {
    const signals = {
      sameEmail: !!r.same_email,
      samePhone: !!r.same_phone,
      nameSimilarity: Number(r.name_sim ?? 0),
      companySimilarity: r.company_sim === null ? null : Number(r.company_sim),
    };
    const reasons = duplicateReasons(signals);
    return reasons.length ? { type, id: r.id, title: r.title, subtitle: r.subtitle || null, reasons, score: duplicateScore(signals) } : null;
  }
}
