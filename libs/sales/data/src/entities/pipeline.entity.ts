import { JoinColumn, ManyToOne, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ForecastCategory } from '@rapport/sales-domain';

@Entity('pipeline')
export class PipelineEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ type: 'text' })
  name: string;

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

  @Column({ type: 'text' })
  name: string;

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
