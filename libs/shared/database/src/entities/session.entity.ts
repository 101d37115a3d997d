import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/** Server-side session row: the cookie's JWT names it, so logout and deactivation take effect at once. */
@Entity('user_session')
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;
}

/** Failed sign-ins, counted per email and per address in a sliding window (shared across API replicas). */
@Entity('login_attempt')
@Index('login_attempt_email_idx', ['email', 'at'])
@Index('login_attempt_ip_idx', ['ip', 'at'])
export class LoginAttemptEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  ip: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
