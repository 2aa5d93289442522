import { Column, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VatBreakdownLine } from './lines/compute-totals.js';

/** Columns shared by every priced document (quote, order, invoice, credit note). */
export abstract class DocumentColumns {
  @PrimaryGeneratedColumn() id: number;
  /** Assigned at validation from the type's yearly sequence; null while draft. */
  @Index({ unique: true }) @Column('text', { nullable: true }) number: string | null;
  @Index() @Column('integer') clientId: number;
  @Column('integer', { nullable: true }) contactId: number | null;
  /** Issue date (scenario day). */
  @Index() @Column('text') date: string;
  @Column('text') language: 'fr' | 'en';
  @Column('text') vatRegime: 'standard' | 'intra_eu' | 'export';
  @Column('integer', { default: 0 }) globalDiscountBp: number;
  @Column('integer', { default: 0 }) shippingCents: number;
  @Column('integer', { default: 2000 }) shippingVatRateBp: number;
  /** Totals computed by the server on every write. */
  @Column('integer', { default: 0 }) netCents: number;
  @Column('integer', { default: 0 }) vatCents: number;
  @Column('integer', { default: 0 }) grossCents: number;
  @Column('simple-json') vatBreakdown: VatBreakdownLine[];
  @Column('text', { nullable: true }) notes: string | null;
  @Column('text', { nullable: true }) validatedAt: string | null;
  @Column('text') createdAt: string;
  @Column('text') updatedAt: string;
}
