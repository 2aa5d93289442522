import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { quantityTransformer } from '../common/quantity.js';

export const DELIVERY_NOTE_STATUSES = ['draft', 'validated'] as const;
export type DeliveryNoteStatus = (typeof DELIVERY_NOTE_STATUSES)[number];

/** What leaves the warehouse for one order: no prices; validation writes the stock-out movements. */
@Entity('delivery_note')
export class DeliveryNote {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column('text', { nullable: true }) number: string | null;
  @Index() @Column('text') status: DeliveryNoteStatus;
  @Index() @Column('integer') orderId: number;
  @Index() @Column('integer') clientId: number;
  @Column('text') date: string;
  @Column('text', { nullable: true }) carrier: string | null;
  @Column('integer', { nullable: true }) parcels: number | null;
  @Column('integer', { nullable: true }) weightGrams: number | null;
  @Column('text', { nullable: true }) trackingNumber: string | null;
  @Column('text', { nullable: true }) incoterm: string | null;
  @Column('text') deliveryLine1: string;
  @Column('text', { nullable: true }) deliveryLine2: string | null;
  @Column('text') deliveryPostcode: string;
  @Column('text') deliveryCity: string;
  @Column('text') deliveryCountry: string;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('text', { nullable: true }) validatedAt: string | null;
  @Column('text') createdAt: string;
  @Column('text') updatedAt: string;
}

@Entity('delivery_note_line')
export class DeliveryNoteLine {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') deliveryNoteId: number;
  @Index() @Column('integer') orderLineId: number;
  @Column('integer') position: number;
  @Column('integer', { nullable: true }) productId: number | null;
  @Column('text', { nullable: true }) reference: string | null;
  @Column('text') label: string;
  @Column('text') unit: string;
  @Column('integer', { transformer: quantityTransformer }) quantity: number;
}
