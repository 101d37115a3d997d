import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ContactEntity, LeadEntity } from '@rapport/sales-data';

/**
 * A browser the tracking script has seen (issue 16 item 6): the id is the one the script keeps in
 * its first-party cookie, so it is the client's choice (a random UUID) and never trusted for more
 * than "the same browser as before". Anonymous until the person behind it identifies themselves
 * (a web-to-lead or event form carrying `visitorId`, or a tracked email link); then it points at
 * one contact or one lead, the latest identification winning (a shared computer changes hands).
 * Page views are not copied on identification: they belong to the person through this row.
 *
 * `page_view` itself has no entity: it is partitioned by month (see the migration), which TypeORM
 * cannot describe, and it is only ever written and read with SQL (PageViewRepository).
 */
@Entity('web_visitor')
@Check('web_visitor_one_person_check', 'NOT (contact_id IS NOT NULL AND lead_id IS NOT NULL)')
@Index('web_visitor_contact_idx', ['contactId'], { where: 'contact_id IS NOT NULL' })
@Index('web_visitor_lead_idx', ['leadId'], { where: 'lead_id IS NOT NULL' })
// "Known visitors today": identified visitors by last visit, newest first.
@Index('web_visitor_known_seen_idx', ['lastSeen', 'id'], { where: 'contact_id IS NOT NULL OR lead_id IS NOT NULL' })
export class WebVisitorEntity {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'first_seen', type: 'timestamptz' }) firstSeen: Date;
  @Column({ name: 'last_seen', type: 'timestamptz' }) lastSeen: Date;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ name: 'lead_id', type: 'uuid', nullable: true }) leadId: string | null;
  @Column({ name: 'identified_at', type: 'timestamptz', nullable: true }) identifiedAt: Date | null;
  /** How the person became known: `form` (web-to-lead), `event` (an event registration), `email` (a tracked link). */
  @Column({ name: 'identified_by', type: 'text', nullable: true }) identifiedBy: string | null;

  // People of the sales domain; merges re-point them (MergeHooks). Erasing a person forgets who the browser was, not that it visited.
  @ManyToOne(() => ContactEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'web_visitor_contact_fk' })
  contact?: ContactEntity;

  @ManyToOne(() => LeadEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'web_visitor_lead_fk' })
  lead?: LeadEntity;
}

/** An admin's rule: pages matching `pattern` (interest-pattern.ts) are about `productLine` (a `productLine` picklist value). */
@Entity('web_interest_rule')
@Index('web_interest_rule_key', ['pattern', 'productLine'], { unique: true })
export class WebInterestRuleEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) pattern: string;
  @Column({ name: 'product_line', type: 'text' }) productLine: string;
  @Column({ type: 'int', default: 0 }) position: number;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** How web visits are tracked, one row: the company's own sites, how long page views are kept, the per-address rate. */
@Entity('web_visitor_settings')
@Check('web_visitor_settings_single_check', `id = 1`)
export class WebVisitorSettingsEntity {
  @PrimaryColumn({ type: 'int', default: 1 }) id: number;
  /** Hosts whose links in mailings carry the identity token (rapport_pid); other destinations never get it. */
  @Column({ name: 'site_hosts', type: 'text', array: true, default: () => `'{}'` }) siteHosts: string[];
  @Column({ name: 'retention_months', type: 'int', default: 13 }) retentionMonths: number;
  @Column({ name: 'rate_limit_per_minute', type: 'int', default: 600 }) rateLimitPerMinute: number;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
