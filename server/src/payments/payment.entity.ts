import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PAYMENT_METHODS } from '../third-parties/third-party.entity.js';

export type PaymentMethodCode = (typeof PAYMENT_METHODS)[number];

/** A payment received from a client; what is not allocated to invoices stays as the client's credit. */
@Entity('payment')
export class Payment {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') clientId: number;
  /** Scenario day the funds were received. */
  @Index() @Column('text') date: string;
  @Column('integer') amountCents: number;
  @Column('text') method: PaymentMethodCode;
  @Column('text', { nullable: true }) reference: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Index() @Column('text') status: 'recorded' | 'cancelled';
  @Column('text', { nullable: true }) cancelReason: string | null;
  @Column('text', { nullable: true }) cancelledAt: string | null;
  @Column('text') createdAt: string;
}

@Entity('payment_allocation')
export class PaymentAllocation {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') paymentId: number;
  @Index() @Column('integer') invoiceId: number;
  @Column('integer') amountCents: number;
}
