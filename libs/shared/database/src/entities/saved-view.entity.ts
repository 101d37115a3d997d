import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A named list view (filter, order, columns) of an object: personal, or shared with everyone. */
@Entity('saved_view')
@Index('saved_view_owner_idx', ['objectType', 'ownerId'])
export class SavedViewEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ name: 'object_type', type: 'text' })
  objectType: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @Column({ type: 'boolean', default: false })
  shared: boolean;

  /** { filter, orderBy, columns }: the same filter input the list query takes. */
  @Column({ type: 'jsonb' })
  definition: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
