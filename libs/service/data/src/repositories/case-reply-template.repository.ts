import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ReplyCaseFacts } from '@rapport/service-domain';
import { CaseReplyTemplateEntity } from '../entities/case-reply-template.entity';

/**
 * Reply templates' reads and writes (issue 18 item 9), and what a template's placeholders are filled
 * from. Who may do what is the service's business (CaseReplyTemplatesService); this reads what it is asked.
 */
@Injectable()
export class CaseReplyTemplateRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  /**
   * Templates by name; with a language, that language's first and then the language-free ones
   * (another language's are left out: an agent answering in Chinese has no use for an English text).
   */
  list(opts: { language: string | null; includeInactive: boolean }): Promise<CaseReplyTemplateEntity[]> {
    const q = this.ds.getRepository(CaseReplyTemplateEntity).createQueryBuilder('t');
    if (!opts.includeInactive) q.andWhere('t.active');
    if (opts.language) q.andWhere('(t.language = :language OR t.language IS NULL)', { language: opts.language }).addOrderBy('t.language IS NULL', 'ASC');
    return q.addOrderBy('lower(t.name)', 'ASC').addOrderBy('t.id', 'ASC').getMany();
  }

  byId(id: string, m: EntityManager = this.ds.manager): Promise<CaseReplyTemplateEntity | null> {
    return m.findOneBy(CaseReplyTemplateEntity, { id });
  }

  /** A case's number and subject, its live contact's and account's names, and the agent's name; null when there is no such case. */
  async caseFacts(caseId: string, agentId: string): Promise<ReplyCaseFacts | null> {
    const rows: { number: string; subject: string; first_name: string | null; last_name: string | null; contact_id: string | null; account_name: string | null; agent_name: string | null; agent_email: string }[] = await this.ds.query(
      `SELECT k.number, k.subject, c.id AS contact_id, c.first_name, c.last_name, a.name AS account_name, u.name AS agent_name, u.email AS agent_email
         FROM service_case k
         LEFT JOIN contact c ON c.id = k.contact_id AND c.deleted_at IS NULL
         LEFT JOIN account a ON a.id = k.account_id AND a.deleted_at IS NULL
         JOIN app_user u ON u.id = $2
        WHERE k.id = $1`,
      [caseId, agentId],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      number: r.number,
      subject: r.subject,
      contact: r.contact_id ? { firstName: r.first_name, lastName: r.last_name } : null,
      account: r.account_name !== null ? { name: r.account_name } : null,
      agent: { name: r.agent_name, email: r.agent_email },
    };
  }
}
