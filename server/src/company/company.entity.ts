import { Column, Entity, PrimaryColumn } from 'typeorm';

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

  /** Delegation levels granted to the candidate. */
  @Column('integer') maxDiscountBp: number;
  @Column('integer') maxCreditNoteCents: number;
  @Column('integer') maxCommercialGestureCents: number;
  @Column('text') creditOverrunPolicy: 'block' | 'approval' | 'acknowledge';

  /** Editable settings. */
  @Column('text') defaultLanguage: 'fr' | 'en';
  @Column('text', { nullable: true }) documentFooterNote: string | null;
}
