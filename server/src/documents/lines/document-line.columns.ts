import { Column, PrimaryGeneratedColumn } from 'typeorm';
import { quantityTransformer } from '../../common/quantity.js';

/** Columns shared by every priced line table (quote_line, order_line, invoice_line, credit_note_line). */
export abstract class DocumentLineColumns {
  @PrimaryGeneratedColumn() id: number;
  @Column('integer') position: number;
  @Column('integer', { nullable: true }) productId: number | null;
  @Column('text', { nullable: true }) reference: string | null;
  @Column('text') label: string;
  @Column('text') unit: string;
  @Column('integer', { transformer: quantityTransformer }) quantity: number;
  @Column('integer') unitPriceCents: number;
  @Column('integer', { default: 0 }) discountBp: number;
  @Column('integer') vatRateBp: number;
  /** Computed by the server: round(quantity × unit price × (1 − discount)). */
  @Column('integer') netCents: number;
}
