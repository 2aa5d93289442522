import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One counter per document type and year: numbers are assigned at validation, never reused. */
@Entity('document_sequence')
export class DocumentSequence {
  @PrimaryColumn('text') type: string;
  @PrimaryColumn('integer') year: number;
  @Column('integer') lastValue: number;
}
