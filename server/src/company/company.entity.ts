import { Column, Entity, PrimaryColumn } from 'typeorm';

export const RECOVERY_KINDS = ['email', 'letter', 'formal_notice'] as const;
export type RecoveryKind = (typeof RECOVERY_KINDS)[number];

/** One level of the recovery procedure, e.g. level 2, letter, 20 days after the due date. */
export interface RecoveryStep {
  level: number;
  afterDays: number;
  kind: RecoveryKind;
  label: string;
}

/** The fictive company of the sandbox: one row, id 1. */
@Entity('company')
export class Company {
  @PrimaryColumn('integer') id: number;

  @Column('text') name: string;
  @Column('text') legalForm: string;
  @Column('integer') capitalCents: number;
  @Column('text') siren: string;
  @Column('text') siret: string;
  @Column('text') rcsCity: string;
  @Column('text') vatNumber: string;
  @Column('text') nafCode: string;
  @Column('text') addressLine1: string;
  @Column('text', { nullable: true }) addressLine2: string | null;
  @Column('text') postcode: string;
  @Column('text') city: string;
  @Column('text') country: string;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { nullable: true }) email: string | null;
  @Column('text', { nullable: true }) website: string | null;
  @Column('text') iban: string;
  @Column('text') bic: string;
  @Column('text', { nullable: true }) logo: string | null;

  /** CGV */
  @Column('text') paymentTerms: string;
  @Column('integer') latePenaltyRateBp: number;
  @Column('text') latePenaltyWording: string;
  @Column('integer') recoveryIndemnityCents: number;
  @Column('text') earlyPaymentDiscount: string;
  @Column('text') discountPolicy: string;
  @Column('text', { nullable: true }) cgvText: string | null;
  /** Late-penalty rate by half-year ("2026-H1" → basis points); latePenaltyRateBp when a half-year is missing. */
  @Column('simple-json', { default: '{}' }) latePenaltyRatesBp: Record<string, number>;

  /** Recovery procedure (relances): steps by level with their delay after the due date. */
  @Column('simple-json', { default: '[]' }) recoverySteps: RecoveryStep[];
  /** Days after the due date from which the file can go to litigation. */
  @Column('integer', { default: 50 }) litigationAfterDays: number;
  /** Days given to the client by a reminder to pay (new deadline). */
  @Column('integer', { default: 8 }) reminderDeadlineDays: number;

  /** Delegation levels granted to the candidate. */
  @Column('integer') maxDiscountBp: number;
  @Column('integer') maxCreditNoteCents: number;
  @Column('integer') maxCommercialGestureCents: number;
  @Column('text') creditOverrunPolicy: 'block' | 'approval' | 'acknowledge';
  /** The manager grants an approval request when the overrun is at most this share of the credit limit. */
  @Column('integer', { default: 2000 }) creditApprovalMaxOverrunBp: number;

  /** Editable settings. */
  @Column('text') defaultLanguage: 'fr' | 'en';
  @Column('text', { nullable: true }) documentFooterNote: string | null;
}
