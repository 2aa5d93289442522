import { Choice, Int, Quantity, Text } from '../../common/validation/decorators.js';

/** A manual movement: an adjustment (signed quantity) or an inventory count (the counted quantity). */
export class StockMovementDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) productId: number;
  @Choice(['adjustment', 'inventory'], { required: true }) type: 'adjustment' | 'inventory';
  @Quantity({ min: -10_000_000 }) quantity?: number | null;
  @Quantity() countedQuantity?: number | null;
  @Text(500, { required: true }) reason: string;
}
