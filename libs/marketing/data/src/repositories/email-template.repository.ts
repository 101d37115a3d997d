import { Injectable } from '@nestjs/common';
import { UserEntity } from '@rapport/shared-database';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { TemplateVariant } from '@rapport/marketing-domain';
import { EmailTemplateEntity, EmailTemplateVersionEntity } from '../entities';

/** The SQL of email templates (issue 15): templates and their immutable versions. */
@Injectable()
export class EmailTemplateRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  /** Up to 500 templates, newest first; archived ones only when asked. */
  list(includeArchived: boolean): Promise<EmailTemplateEntity[]> {
    return this.ds.getRepository(EmailTemplateEntity).find({ where: includeArchived ? {} : { archived: false }, order: { updatedAt: 'DESC', id: 'DESC' }, take: 500 });
  }

  /** Where a user's test sends go: their own sign-in address. */
  async userEmail(userId: string): Promise<string | null> {
    return (await this.ds.getRepository(UserEntity).findOne({ where: { id: userId }, select: { id: true, email: true } }))?.email ?? null;
  }

  templatesByIds(ids: readonly string[]): Promise<EmailTemplateEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.ds.getRepository(EmailTemplateEntity).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids }).getMany();
  }

  /** Inside a transaction, pass its manager (a second connection there can exhaust the pool). */
  template(id: string, m: EntityManager = this.ds.manager): Promise<EmailTemplateEntity | null> {
    return m.getRepository(EmailTemplateEntity).findOneBy({ id });
  }

  versionsByIds(ids: readonly string[], m: EntityManager = this.ds.manager): Promise<EmailTemplateVersionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return m.getRepository(EmailTemplateVersionEntity).createQueryBuilder('v').where('v.id = ANY(:ids)', { ids }).getMany();
  }

  async create(m: EntityManager, template: Pick<EmailTemplateEntity, 'name' | 'kind' | 'createdBy'>): Promise<EmailTemplateEntity> {
    const { identifiers } = await m.insert(EmailTemplateEntity, template);
    return m.findOneByOrFail(EmailTemplateEntity, { id: identifiers[0]!['id'] as string });
  }

  /** Locks the template, so two saves at once number their versions one after the other. */
  lock(m: EntityManager, id: string): Promise<EmailTemplateEntity | null> {
    return m.getRepository(EmailTemplateEntity).createQueryBuilder('t').setLock('pessimistic_write').where('t.id = :id', { id }).getOne();
  }

  /** Adds the next version and makes it the template's current one. */
  async addVersion(m: EntityManager, templateId: string, variants: TemplateVariant[], contentKey: string, createdBy: string | null): Promise<EmailTemplateVersionEntity> {
    const [{ next }]: { next: number }[] = await m.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM email_template_version WHERE template_id = $1`, [templateId]);
    const { identifiers } = await m.insert(EmailTemplateVersionEntity, { templateId, version: next, variants, contentKey, createdBy });
    const id = identifiers[0]!['id'] as string;
    await m.update(EmailTemplateEntity, { id: templateId }, { currentVersionId: id });
    return m.findOneByOrFail(EmailTemplateVersionEntity, { id });
  }

  async rename(m: EntityManager, id: string, changes: Partial<Pick<EmailTemplateEntity, 'name' | 'archived'>>): Promise<void> {
    if (Object.keys(changes).length) await m.update(EmailTemplateEntity, { id }, changes);
  }
}
