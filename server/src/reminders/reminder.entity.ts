import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** email/letter/formal_notice follow the company's recovery steps; phone is a call logged with its outcome. */
export const REMINDER_KINDS = ['email', 'letter', 'formal_notice', 'phone'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * A reminder (relance) sent to one client about one or several overdue invoices. The figures are
 * frozen when it is made (reminder_invoice), so the letter reads the same later.
 */
@Entity('reminder')
export class Reminder {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') clientId: number;
  @Column('integer', { nullable: true }) contactId: number | null;
  /** Level of the recovery procedure (1, 2, 3…); a phone call takes the level it follows up. */
  @Index() @Column('integer') level: number;
  @Column('text') kind: ReminderKind;
  /** Scenario day it was made. */
  @Index() @Column('text') date: string;
  /** Date by which the client is asked to pay. */
  @Column('text', { nullable: true }) newDeadline: string | null;
  @Column('text') language: 'fr' | 'en';
  @Column('integer') balanceCents: number;
  @Column('integer') penaltyCents: number;
  @Column('integer') indemnityCents: number;
  @Column('integer') totalClaimedCents: number;
  /** The e-mail put in the outbox, if any; the call logged, if any. */
  @Column('integer', { nullable: true }) messageId: number | null;
  @Column('integer', { nullable: true }) interactionId: number | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('text', { nullable: true }) author: string | null;
  @Column('text') createdAt: string;
}

@Entity('reminder_invoice')
export class ReminderInvoice {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') reminderId: number;
  @Index() @Column('integer') invoiceId: number;
  @Column('text') invoiceNumber: string;
  @Column('text') invoiceDate: string;
  @Column('text') dueDate: string;
  @Column('integer') grossCents: number;
  @Column('integer') paidCents: number;
  @Column('integer') balanceCents: number;
  @Column('integer') daysLate: number;
  /** Annual rate applied (the last segment's when it changed during the period). */
  @Column('integer') rateBp: number;
  @Column('integer') penaltyCents: number;
  @Column('integer') indemnityCents: number;
}
