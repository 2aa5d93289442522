import { Column, Entity, Index } from 'typeorm';
import { DocumentColumns } from '../documents/document.columns.js';
import { DocumentLineColumns } from '../documents/lines/document-line.columns.js';

export const INVOICE_TYPES = ['invoice', 'deposit'] as const;
export type InvoiceType = (typeof INVOICE_TYPES)[number];
export const INVOICE_STATUSES = ['draft', 'validated'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Invoices and deposit invoices (one FA series). Validated invoices are frozen forever. */
@Entity('invoice')
export class Invoice extends DocumentColumns {
  @Index() @Column('text') type: InvoiceType;
  @Index() @Column('text') status: InvoiceStatus;
  @Index() @Column('integer', { nullable: true }) orderId: number | null;
  @Column('simple-json') deliveryNoteIds: number[];
  /** Final invoices: the deposit invoices they deduct. */
  @Column('simple-json') depositInvoiceIds: number[];
  /** Deposit invoices: the share of the order, in basis points, or null when given as an amount. */
  @Column('integer', { nullable: true }) depositBp: number | null;
  @Column('text', { nullable: true }) clientReference: string | null;
  @Column('text') paymentTerms: string;
  @Column('text', { nullable: true }) paymentMethod: string | null;
  @Column('text', { nullable: true }) dueDate: string | null;
  /** Date of supply (last delivery) when it differs from the issue date. */
  @Column('text', { nullable: true }) deliveryDate: string | null;
  /** Buyer and seller as they were at validation (JSON), so that later edits of the tier change nothing. */
  @Column('text', { nullable: true }) partiesSnapshot: string | null;
}

@Entity('invoice_line')
export class InvoiceLine extends DocumentLineColumns {
  @Index() @Column('integer') invoiceId: number;
  @Column('integer', { nullable: true }) orderLineId: number | null;
  @Column('integer', { nullable: true }) deliveryNoteLineId: number | null;
}
