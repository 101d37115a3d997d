import { Injectable } from '@nestjs/common';
import { Actor } from '@rapport/shared-domain';
import { appendTimeline } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { detectFormat, readRows } from '@rapport/leads-api';
import { normalizeEmailAddress } from '@rapport/sales-domain';
import { SalesRepository } from '@rapport/sales-data';
import { defaultMemberStatus, isResponse, memberStatusProblem } from '@rapport/marketing-domain';
import { CampaignRepository } from '@rapport/marketing-data';

/** Most rows one file may list (a trade show's scanned badges, an event's sign-up sheet). */
export const MAX_MEMBER_ROWS = 10_000;
/** Unmatched addresses reported back by name; the count says how many in all. */
const UNMATCHED_SHOWN = 50;
const EMAIL_HEADER = /^(e-?mail( address)?|邮箱|郵箱|电子邮件|電子郵件|邮件地址|郵件地址)$/i;

export interface MemberImportResult {
  rows: number;
  matched: number;
  added: number;
  alreadyMembers: number;
  unmatched: string[];
  unmatchedCount: number;
}

/**
 * People added to a campaign from a file (issue 14: members from a CSV): an email column names
 * them; each address finds a contact, else a lead, that the uploader may read. Nobody is created:
 * the addresses nobody has are reported back (a lead import creates people). One transaction.
 */
@Injectable()
export class CampaignMemberImportService {
  constructor(
    private readonly repo: CampaignRepository,
    private readonly sales: SalesRepository,
  ) {}

  async import(actor: Actor, campaignId: string, file: { originalname: string; buffer: Buffer } | undefined, status?: string): Promise<MemberImportResult> {
    if (!file) throw AppError.validation([{ path: 'file', message: 'Upload a CSV or .xlsx file.' }]);
    const emails = await this.emailsOf(file);
    return this.repo.ds.transaction(async (m) => {
      const campaign = await this.repo.campaigns(actor, 'write', m).andWhere('cp.id = :id AND cp.deleted_at IS NULL', { id: campaignId }).setLock('pessimistic_write').getOne();
      if (!campaign) throw AppError.notFound('The campaign');
      const chosen = status ?? defaultMemberStatus(campaign.type);
      const problem = memberStatusProblem(campaign.type, chosen);
      if (problem) throw AppError.validation([{ path: 'status', message: problem }]);
      const unique = [...new Set(emails)];
      const contacts = unique.length
        ? await this.sales.contacts(actor, 'read', m).select(['c.id', 'c.emails']).andWhere('c.emails && CAST(:emails AS text[])', { emails: unique }).getMany()
        : [];
      const byContact = new Set(contacts.flatMap((c) => c.emails.map((e) => e.toLowerCase())));
      const rest = unique.filter((e) => !byContact.has(e));
      const leads = rest.length ? await this.sales.leads(actor, 'read', m).select(['l.id', 'l.email']).andWhere('l.email IN (:...emails)', { emails: rest }).getMany() : [];
      const byLead = new Set(leads.map((l) => l.email!));
      const unmatched = rest.filter((e) => !byLead.has(e));
      const people = { contactIds: contacts.map((c) => c.id), leadIds: leads.map((l) => l.id) };
      const added = await this.repo.addMembers(m, campaign.id, people, chosen, isResponse(campaign.type, chosen), actor.userId);
      if (added.length) await appendTimeline(m, actor, { subjectType: 'campaign', subjectId: campaign.id, eventType: 'campaign.members_added', payload: { count: added.length, status: chosen, file: file.originalname } });
      const matched = people.contactIds.length + people.leadIds.length;
      return { rows: emails.length, matched, added: added.length, alreadyMembers: matched - added.length, unmatched: unmatched.slice(0, UNMATCHED_SHOWN), unmatchedCount: unmatched.length };
    });
  }

  /** The addresses of the file's email column (normalised), blank cells skipped. */
  private async emailsOf(file: { originalname: string; buffer: Buffer }): Promise<string[]> {
    let column = -1;
    const emails: string[] = [];
    for await (const row of readRows(file.buffer, detectFormat(file.buffer, file.originalname))) {
      if (column < 0) {
        column = row.cells.findIndex((c) => EMAIL_HEADER.test(String(c ?? '').trim()));
        if (column < 0) throw AppError.validation([{ path: 'file', message: 'The file has no email column.' }]);
        continue;
      }
      const email = normalizeEmailAddress(row.cells[column]);
      if (email) emails.push(email);
      if (emails.length > MAX_MEMBER_ROWS) throw AppError.validation([{ path: 'file', message: `Add at most ${MAX_MEMBER_ROWS} people at a time.` }]);
    }
    if (column < 0) throw AppError.validation([{ path: 'file', message: 'The file has no rows.' }]);
    return emails;
  }
}
