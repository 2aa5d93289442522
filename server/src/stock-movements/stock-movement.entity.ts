import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { quantityTransformer } from '../common/quantity.js';

export const STOCK_MOVEMENT_TYPES = ['opening', 'in', 'out', 'adjustment', 'inventory'] as const;
export type StockMovementType = (typeof STOCK_MOVEMENT_TYPES)[number];

/**
 * The stock ledger. Append-only: on hand is the sum of `quantity` (signed) per product.
 * `sourceType`/`sourceId` tie a movement to the document that caused it.
 */
@Entity('stock_movement')
export class StockMovement {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') productId: number;
  /** Scenario date-time of the movement (ISO). */
  @Index() @Column('text') date: string;
  @Column('text') type: StockMovementType;
  @Column('integer', { transformer: quantityTransformer }) quantity: number;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('text') sourceType: string;
  @Column('integer', { nullable: true }) sourceId: number | null;
  @Column('text', { nullable: true }) author: string | null;
  @Column('text') createdAt: string;
}
