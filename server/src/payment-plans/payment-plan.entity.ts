import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PAYMENT_PLAN_STATUSES = ['active', 'completed', 'cancelled'] as const;
export type PaymentPlanStatus = (typeof PAYMENT_PLAN_STATUSES)[number];

/** An échéancier agreed with a client for overdue invoices: installments by date, followed against payments. */
@Entity('payment_plan')
export class PaymentPlan {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') clientId: number;
  @Column('text') agreedOn: string;
  @Column('simple-json') invoiceIds: number[];
  @Column('integer') totalCents: number;
  @Index() @Column('text') status: PaymentPlanStatus;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('text', { nullable: true }) cancelReason: string | null;
  @Column('text') createdAt: string;
}

@Entity('payment_plan_installment')
export class PaymentPlanInstallment {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') paymentPlanId: number;
  @Column('text') dueDate: string;
  @Column('integer') amountCents: number;
}
