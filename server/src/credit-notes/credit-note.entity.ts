import { Column, Entity, Index } from 'typeorm';
import { DocumentColumns } from '../documents/document.columns.js';
import { DocumentLineColumns } from '../documents/lines/document-line.columns.js';

export const CREDIT_NOTE_STATUSES = ['draft', 'validated'] as const;
export type CreditNoteStatus = (typeof CREDIT_NOTE_STATUSES)[number];

/** Corrects a validated invoice (total or partial), referencing its number and date. */
@Entity('credit_note')
export class CreditNote extends DocumentColumns {
  @Index() @Column('text') status: CreditNoteStatus;
  @Index() @Column('integer') invoiceId: number;
  @Column('text') reason: string;
  /** Validation writes stock-in movements for the goods lines. */
  @Column('boolean', { default: false }) restock: boolean;
  @Column('text', { nullable: true }) partiesSnapshot: string | null;
}

@Entity('credit_note_line')
export class CreditNoteLine extends DocumentLineColumns {
  @Index() @Column('integer') creditNoteId: number;
  @Column('integer', { nullable: true }) invoiceLineId: number | null;
}
