import { Column, Entity, Index } from 'typeorm';
import { DocumentColumns } from '../documents/document.columns.js';
import { DocumentLineColumns } from '../documents/lines/document-line.columns.js';

export const ORDER_STATUSES = ['draft', 'validated', 'partially_delivered', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const CREDIT_CHECK_STATUSES = ['passed', 'acknowledged', 'approved', 'blocked'] as const;
export type CreditCheckStatus = (typeof CREDIT_CHECK_STATUSES)[number];

@Entity('order')
export class Order extends DocumentColumns {
  @Index() @Column('text') status: OrderStatus;
  @Index() @Column('integer', { nullable: true }) sourceQuoteId: number | null;
  /** The client's purchase-order number (BT-13 on the invoice). */
  @Column('text', { nullable: true }) clientReference: string | null;
  @Column('text', { nullable: true }) requestedDeliveryDate: string | null;
  @Column('text', { nullable: true }) paymentTerms: string | null;
  @Column('text', { nullable: true }) paymentMethod: string | null;
  @Column('text', { nullable: true }) deliveryLine1: string | null;
  @Column('text', { nullable: true }) deliveryLine2: string | null;
  @Column('text', { nullable: true }) deliveryPostcode: string | null;
  @Column('text', { nullable: true }) deliveryCity: string | null;
  @Column('text', { nullable: true }) deliveryCountry: string | null;
  @Column('text', { nullable: true }) cancelledAt: string | null;
  /** Outcome of the last credit check at validation (passed, acknowledged, approved, blocked) and when. */
  @Index() @Column('text', { nullable: true }) creditCheckStatus: CreditCheckStatus | null;
  @Column('text', { nullable: true }) creditCheckedAt: string | null;
}

@Entity('order_line')
export class OrderLine extends DocumentLineColumns {
  @Index() @Column('integer') orderId: number;
}
