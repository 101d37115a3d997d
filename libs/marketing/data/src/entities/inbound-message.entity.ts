import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An inbound mail whose effect is stored (issue 15, docs/adr/0016): written in the same transaction
 * as that effect, so a message handed over again — a relay retrying after a lost 250, the IMAP
 * poller fetching it again after a crash before it flagged it done — finds its key and changes
 * nothing. The key is the send's id with the message's Message-ID, or with a SHA-256 of its bytes
 * when it has none (`inboundMessageKey`); the send in it comes from a signed address, so a forger
 * can never take a key that a genuine message to another send needs.
 */
@Entity('inbound_message')
export class InboundMessageEntity {
  @PrimaryColumn({ type: 'text' }) key: string;
  /** What the message meant (InboundOutcome): hard-bounce, soft-bounce, complaint, reply or unsubscribe. */
  @Column({ type: 'text' }) outcome: string;
  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
}
