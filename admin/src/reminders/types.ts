// Records of the recovery procedure, as the server sends them (see /work/notes/receivables-contract.md).
import type { Identifier, RaRecord } from 'react-admin';
import type { CustomerType, Language } from '../types';

/** email / letter / formal_notice follow the company's recovery steps; phone is a call logged with its outcome. */
export type ReminderKind = 'email' | 'letter' | 'formal_notice' | 'phone';
export const WRITTEN_REMINDER_KINDS = ['email', 'letter', 'formal_notice'] as const;
export const REMINDER_KINDS: readonly ReminderKind[] = ['email', 'letter', 'formal_notice', 'phone'];

export type NextStep =
  | { level: number; kind: 'email' | 'letter' | 'formal_notice'; label: string }
  | { level?: number; kind: 'litigation'; label: string };

export interface WorklistInvoice {
  invoiceId: Identifier;
  number: string;
  date: string;
  dueDate: string;
  grossCents: number;
  paidCents: number;
  balanceCents: number;
  daysOverdue: number;
  lastLevel: number | null;
}

export interface WorklistRow {
  clientId: Identifier;
  clientCode: string;
  clientName: string;
  customerType: CustomerType;
  language: Language;
  totalBalanceCents: number;
  maxDaysOverdue: number;
  lastLevel: number | null;
  lastReminderDate: string | null;
  nextStep: NextStep | null;
  dueToday: boolean;
  promise: { date: string; amountCents: number | null } | null;
  paymentPlanId: Identifier | null;
  litigationSince: string | null;
  invoices: WorklistInvoice[];
}

export interface ReminderInvoice {
  id?: Identifier;
  invoiceId: Identifier;
  invoiceNumber: string;
  invoiceDate: string;
  dueDate: string;
  grossCents: number;
  paidCents: number;
  balanceCents: number;
  daysLate: number;
  rateBp: number;
  penaltyCents: number;
  indemnityCents: number;
  /** Days late are counted over [periodFrom, periodTo]. */
  periodFrom?: string;
  periodTo?: string;
}

/** A step already taken before this reminder (previous reminders, calls). */
export interface ReminderStep {
  /** "YYYY-MM-DD" for reminders, a date-time for calls. */
  date: string;
  kind: ReminderKind | 'call';
  level: number | null;
  outcome: InteractionOutcome | null;
  promisedDate: string | null;
  promisedAmountCents: number | null;
  reminderId: Identifier | null;
  interactionId: Identifier | null;
}

export type InteractionOutcome = 'promise_to_pay' | 'no_answer' | 'callback' | 'dispute' | 'refusal' | 'done';
export const CALL_OUTCOMES: readonly InteractionOutcome[] = ['promise_to_pay', 'no_answer', 'callback', 'dispute', 'refusal'];

export interface Reminder extends RaRecord {
  clientId: Identifier;
  clientName?: string | null;
  clientCode?: string | null;
  contactId: Identifier | null;
  contactName?: string | null;
  level: number;
  kind: ReminderKind;
  date: string;
  newDeadline: string | null;
  language: Language;
  balanceCents: number;
  penaltyCents: number;
  indemnityCents: number;
  totalClaimedCents: number;
  messageId: Identifier | null;
  interactionId: Identifier | null;
  notes: string | null;
  author: string | null;
  createdAt: string;
  invoices?: ReminderInvoice[];
  invoiceNumbers?: string[];
  stepsTaken?: ReminderStep[];
  message?: { id: Identifier; channel: string; toAddress: string | null; toName: string | null; subject: string } | null;
  outcome?: InteractionOutcome | null;
  promisedDate?: string | null;
  promisedAmountCents?: number | null;
}

export interface ReminderPayload {
  clientId: Identifier;
  kind: ReminderKind;
  invoiceIds: Identifier[];
  level?: number;
  contactId?: Identifier;
  newDeadline?: string;
  notes?: string;
  outcome?: InteractionOutcome;
  promisedDate?: string;
  promisedAmountCents?: number;
}

export type InteractionKind = 'call' | 'email' | 'meeting' | 'visit' | 'note';

export interface Interaction extends RaRecord {
  thirdPartyId: Identifier;
  thirdPartyName?: string | null;
  contactId: Identifier | null;
  contactName?: string | null;
  kind: InteractionKind;
  at: string;
  subject: string;
  outcome: InteractionOutcome | null;
  promisedDate: string | null;
  promisedAmountCents: number | null;
  notes: string | null;
  relatedResource: string | null;
  relatedId: Identifier | null;
  author: string | null;
}

export type PaymentPlanStatus = 'active' | 'completed' | 'cancelled';
/** Followed against the payments received: payée / partielle / en retard / à venir. */
export type InstallmentStatus = 'paid' | 'partially_paid' | 'late' | 'upcoming';

export interface PaymentPlanInstallment {
  id?: Identifier;
  dueDate: string;
  amountCents: number;
  paidCents?: number;
  status?: InstallmentStatus;
}

export interface PaymentPlan extends RaRecord {
  clientId: Identifier;
  clientName?: string | null;
  clientCode?: string | null;
  agreedOn: string;
  invoiceIds: Identifier[];
  invoiceNumbers?: string[];
  invoices?: Array<{ invoiceId?: Identifier; id?: Identifier; number: string; balanceCents?: number }>;
  totalCents: number;
  paidCents?: number;
  remainingCents?: number;
  onTrack?: boolean;
  status: PaymentPlanStatus;
  notes: string | null;
  cancelReason: string | null;
  createdAt: string;
  installments?: PaymentPlanInstallment[];
  nextInstallment?: PaymentPlanInstallment | null;
}
