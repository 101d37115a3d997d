import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@rapport/shared-database';
import { ContactEntity } from '@rapport/sales-data';

/**
 * A customer's portal login (issue 19 item 4): an `app_user` with the portal role, linked to the
 * contact they are. `account_admin` makes them their account's service admin (they see all of the
 * account's cases). The login reaches nothing until its email address is verified.
 */
@Entity('portal_user')
@Index('portal_user_contact_key', ['contactId'], { unique: true })
@Check('portal_user_link_purpose', `link_purpose IS NULL OR link_purpose IN ('verify', 'invite', 'sign-in')`)
export class PortalUserEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'portal_user_user_fk' })
  user?: UserEntity;
  @Column({ name: 'contact_id', type: 'uuid' }) contactId: string;
  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'portal_user_contact_fk' })
  contact?: ContactEntity;
  @Column({ name: 'account_admin', type: 'boolean', default: false }) accountAdmin: boolean;
  @Column({ name: 'invited_by', type: 'uuid', nullable: true }) invitedBy: string | null;
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true }) verifiedAt: Date | null;
  /**
   * The one link out (verify, invite, sign-in) and its nonce: the mail signs id and nonce, so no
   * usable token is stored; a new link voids the last, using one clears it.
   */
  @Column({ name: 'link_purpose', type: 'text', nullable: true }) linkPurpose: string | null;
  @Column({ name: 'link_nonce', type: 'text', nullable: true }) linkNonce: string | null;
  @Column({ name: 'link_expires_at', type: 'timestamptz', nullable: true }) linkExpiresAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
