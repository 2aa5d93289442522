import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const CUSTOMER_TYPES = ['b2b', 'b2c'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];
export const ZONES = ['fr', 'eu', 'export'] as const;
export type Zone = (typeof ZONES)[number];
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const PROSPECT_STATUSES = ['new', 'contacted', 'qualified', 'proposal', 'negotiation', 'lost'] as const;
export type ProspectStatus = (typeof PROSPECT_STATUSES)[number];
export const PAYMENT_TERMS = ['on_receipt', 'net_15', 'net_30', 'net_45', 'net_60', 'net_30_eom', 'net_45_eom'] as const;
export type PaymentTerms = (typeof PAYMENT_TERMS)[number];
export const PAYMENT_METHODS = ['transfer', 'cheque', 'card', 'lcr', 'sepa_debit', 'cash'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
/** Credit risk: normal, à surveiller (watch), bloqué (blocked: no new order without the manager's approval). */
export const RISK_STATUSES = ['normal', 'watch', 'blocked'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/**
 * A tier: client, prospect and/or supplier. A prospect becomes a client by conversion
 * (isProspect → false, isClient → true, convertedAt set), keeping its id and history.
 */
@Entity('third_party')
export class ThirdParty {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column('text') code: string;
  @Index() @Column('text') name: string;

  @Index() @Column('boolean', { default: false }) isClient: boolean;
  @Index() @Column('boolean', { default: false }) isProspect: boolean;
  @Index() @Column('boolean', { default: false }) isSupplier: boolean;

  @Column('text') customerType: CustomerType;
  /** Derived from country on every write: France, EU member, or outside the EU. */
  @Column('text') zone: Zone;
  @Column('text') language: Language;

  @Column('text', { nullable: true }) legalForm: string | null;
  @Index() @Column('text', { nullable: true }) siren: string | null;
  @Column('text', { nullable: true }) siret: string | null;
  @Column('text', { nullable: true }) vatNumber: string | null;

  @Index() @Column('text', { nullable: true }) email: string | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { nullable: true }) website: string | null;

  @Column('text') billingLine1: string;
  @Column('text', { nullable: true }) billingLine2: string | null;
  @Column('text') billingPostcode: string;
  @Column('text') billingCity: string;
  @Column('text') billingCountry: string;
  @Column('text', { nullable: true }) deliveryLine1: string | null;
  @Column('text', { nullable: true }) deliveryLine2: string | null;
  @Column('text', { nullable: true }) deliveryPostcode: string | null;
  @Column('text', { nullable: true }) deliveryCity: string | null;
  @Column('text', { nullable: true }) deliveryCountry: string | null;

  @Column('text', { nullable: true }) paymentTerms: PaymentTerms | null;
  @Column('text', { nullable: true }) paymentMethod: PaymentMethod | null;
  @Column('integer', { nullable: true }) creditLimitCents: number | null;
  @Column('text', { default: 'normal' }) riskStatus: RiskStatus;
  /** Solvency information: last check date, where it came from (Banque de France, Infogreffe, insurer…), a note. */
  @Column('text', { nullable: true }) solvencyCheckedOn: string | null;
  @Column('text', { nullable: true }) solvencySource: string | null;
  @Column('text', { nullable: true }) solvencyNote: string | null;
  /** Scenario day the client's unpaid invoices were transferred to litigation (contentieux). */
  @Column('text', { nullable: true }) litigationSince: string | null;
  @Column('integer', { nullable: true }) accountManagerId: number | null;

  @Column('text', { nullable: true }) sector: string | null;
  @Column('text', { nullable: true }) size: string | null;
  @Column('text', { nullable: true }) region: string | null;
  @Column('text', { nullable: true }) source: string | null;
  @Column('simple-json', { default: '[]' }) tags: string[];
  @Column('text', { nullable: true }) prospectStatus: ProspectStatus | null;

  /** Supplier side. */
  @Column('integer', { nullable: true }) supplierLeadTimeDays: number | null;

  @Column('text', { nullable: true }) notes: string | null;
  @Column('text', { nullable: true }) convertedAt: string | null;
  @Column('text') createdAt: string;
  @Column('text') updatedAt: string;
}
