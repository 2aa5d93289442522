import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const CREDIT_APPROVAL_STATUSES = ['pending', 'approved', 'refused'] as const;
export type CreditApprovalStatus = (typeof CREDIT_APPROVAL_STATUSES)[number];

/**
 * A request to the manager to accept an order above the client's credit limit, with the figures
 * seen when it was asked; the manager's answer lands in the inbox.
 */
@Entity('credit_approval')
export class CreditApproval {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') orderId: number;
  @Index() @Column('integer') clientId: number;
  @Column('integer') orderGrossCents: number;
  @Column('integer') outstandingCents: number;
  @Column('integer', { nullable: true }) creditLimitCents: number | null;
  @Column('integer') overrunCents: number;
  @Column('text', { nullable: true }) reason: string | null;
  @Index() @Column('text') status: CreditApprovalStatus;
  @Column('text', { nullable: true }) decidedBy: string | null;
  @Column('text', { nullable: true }) decidedAt: string | null;
  @Column('text', { nullable: true }) decisionNote: string | null;
  @Column('integer', { nullable: true }) requestMessageId: number | null;
  @Column('integer', { nullable: true }) replyMessageId: number | null;
  @Column('text') requestedAt: string;
}
