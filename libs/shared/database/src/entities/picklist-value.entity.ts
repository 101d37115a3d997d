import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { NameTranslations } from '@rapport/shared-domain';

/**
 * One configured value of a picklist that a built-in field takes its values from (an account's
 * industry, a product's line; docs/adr/0018-picklists.md). Records store `value`; `names` are its
 * translations. Retired values (`active` false) stay on the records that have them.
 */
@Entity('picklist_value')
export class PicklistValueEntity {
  /** industry | territory | productLine */
  @PrimaryColumn({ type: 'text' })
  list: string;

  @PrimaryColumn({ type: 'text' })
  value: string;

  /** Translations by locale (en, zh-CN, zh-TW). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  names: NameTranslations;

  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
