import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A record shared beyond its owner's reach: with one user or a whole team, for reading or
 * writing. The visibility scope consults it, so sharing works in every list, search and export.
 */
@Entity('record_share')
@Index('record_share_record_idx', ['objectType', 'recordId'])
@Index('record_share_user_idx', ['userId'])
@Index('record_share_team_idx', ['teamId'])
@Check('record_share_target_chk', `(user_id IS NULL) <> (team_id IS NULL)`)
export class RecordShareEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ name: 'object_type', type: 'text' })
  objectType: string;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  /** read | write */
  @Column({ type: 'text', default: 'read' })
  access: 'read' | 'write';

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
