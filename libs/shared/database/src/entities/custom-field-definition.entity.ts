import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CustomFieldType, NameTranslations } from '@rapport/shared-domain';

/** An admin-defined field on an object; values live in that object's `custom_fields` jsonb. */
@Entity('custom_field_definition')
@Index('custom_field_definition_key', ['objectType', 'key'], { unique: true })
export class CustomFieldDefinitionEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  /** account | contact | lead | opportunity */
  @Column({ name: 'object_type', type: 'text' })
  objectType: string;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  label: string;

  /** Translations of the label by locale (en, zh-CN, zh-TW). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  labels: Record<string, string>;

  @Column({ type: 'text' })
  type: CustomFieldType;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  options: string[];

  /** Translations of the options by option value: `{ "SMB": { "zh-CN": "中小企业" } }`; records store the value. */
  @Column({ name: 'option_labels', type: 'jsonb', default: () => `'{}'` })
  optionLabels: Record<string, NameTranslations>;

  @Column({ type: 'boolean', default: false })
  required: boolean;

  @Column({ type: 'int', default: 0 })
  position: number;

  /** Archived fields keep their stored values but are no longer shown or accepted. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
