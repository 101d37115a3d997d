import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** What a channel costs to serve (issue 19 item 6): per handled minute or per case, in the base currency. */
@Entity('service_channel_cost')
@Check('service_channel_cost_basis', `basis IN ('minute', 'case')`)
@Check('service_channel_cost_amount', `amount >= 0`)
export class ServiceChannelCostEntity {
  @PrimaryColumn({ type: 'text' }) channel: string;
  @Column({ type: 'text' }) basis: string;
  @Column({ type: 'numeric', precision: 12, scale: 2 }) amount: string;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
