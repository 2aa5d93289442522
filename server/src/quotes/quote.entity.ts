import { Column, Entity, Index } from 'typeorm';
import { DocumentColumns } from '../documents/document.columns.js';
import { DocumentLineColumns } from '../documents/lines/document-line.columns.js';

export const QUOTE_STATUSES = ['draft', 'validated', 'sent', 'accepted', 'refused'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

@Entity('quote')
export class Quote extends DocumentColumns {
  @Index() @Column('text') status: QuoteStatus;
  @Column('text') validUntil: string;
  @Column('text', { nullable: true }) paymentTerms: string | null;
  @Column('text', { nullable: true }) paymentMethod: string | null;
  @Column('text', { nullable: true }) promisedDeliveryDate: string | null;
  @Column('text', { nullable: true }) cgvReference: string | null;
  @Column('text', { nullable: true }) sentAt: string | null;
  @Column('text', { nullable: true }) decidedAt: string | null;
  @Column('integer', { nullable: true }) duplicatedFromId: number | null;
}

@Entity('quote_line')
export class QuoteLine extends DocumentLineColumns {
  @Index() @Column('integer') quoteId: number;
}
