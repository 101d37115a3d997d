import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * Integrator keys. Only a SHA-256 of the secret part is stored: keys are long random strings,
 * so a fast hash is safe and keeps per-request verification cheap (argon2 is for passwords).
 */
@Entity('api_key')
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Public, unique lookup part of the key (`rk_<prefix>_<secret>`). */
  @Column({ type: 'text', unique: true })
  prefix: string;

  @Column({ name: 'secret_hash', type: 'text', select: false })
  secretHash: string;

  @Column({ type: 'text', array: true })
  scopes: string[];

  @Column({ name: 'acts_as_user_id', type: 'uuid' })
  actsAsUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'acts_as_user_id' })
  actsAs?: UserEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
