import { JoinColumn, ManyToOne, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { NameTranslations } from '@rapport/shared-domain';
import { ForecastCategory } from '@rapport/sales-domain';

@Entity('pipeline')
export class PipelineEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  /** The canonical name: what was typed first, what integrations match on, the fallback of every language. */
  @Column({ type: 'text' })
  name: string;

  /** Optional translations of the name by locale, `{ "zh-CN": "…", "zh-TW": "…" }` (docs/adr/0010). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  names: NameTranslations;

  @Column({ name: 'is_default', type: 'boolean', default: false })
  isDefault: boolean;

  @Column({ type: 'text', default: 'CNY' })
  currency: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('stage')
@Index('stage_pipeline_position_idx', ['pipelineId', 'position'], { unique: true })
export class StageEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ name: 'pipeline_id', type: 'uuid' })
  pipelineId: string;

  @ManyToOne(() => PipelineEntity, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'pipeline_id' })
  pipeline?: PipelineEntity;

  /** The canonical name (see PipelineEntity.name). */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  names: NameTranslations;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'int' })
  probability: number;

  @Column({ name: 'forecast_category', type: 'text' })
  forecastCategory: ForecastCategory;

  @Column({ name: 'is_won', type: 'boolean', default: false })
  isWon: boolean;

  @Column({ name: 'is_lost', type: 'boolean', default: false })
  isLost: boolean;
}
