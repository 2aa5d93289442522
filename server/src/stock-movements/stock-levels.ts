import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { fromMilli } from '../common/quantity.js';
import { Product } from '../products/product.entity.js';
import { StockMovement } from './stock-movement.entity.js';

export interface StockLevel {
  onHand: number;
  reserved: number;
  available: number;
  belowReorderPoint: boolean;
}

/**
 * On hand = the ledger's sum per product. Reserved = validated orders not yet delivered; customer
 * orders do not exist yet in this version, so nothing is reserved until they do.
 */
export function joinStock<T extends Product>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  return qb
    .leftJoin(
      (sub) => sub.select('m.productId', 'productId').addSelect('SUM(m.quantity)', 'onHandMilli').from(StockMovement, 'm').groupBy('m.productId'),
      'stock',
      `stock.productId = ${alias}.id`,
    )
    .addSelect('COALESCE(stock.onHandMilli, 0)', 'onHandMilli');
}

/** SQL for the available quantity of the joined product, in thousandths. */
export const AVAILABLE_MILLI_SQL = 'COALESCE(stock.onHandMilli, 0)';

export function stockLevel(product: Pick<Product, 'type' | 'reorderPoint'>, onHandMilli: number): StockLevel {
  const onHand = fromMilli(Number(onHandMilli) || 0);
  const reserved = 0;
  const available = onHand - reserved;
  return { onHand, reserved, available, belowReorderPoint: product.type === 'good' && available <= product.reorderPoint };
}

export async function onHandOf(em: EntityManager, productId: number): Promise<number> {
  const row = await em.createQueryBuilder(StockMovement, 'm').select('COALESCE(SUM(m.quantity), 0)', 'milli').where('m.productId = :productId', { productId }).getRawOne<{ milli: number }>();
  return fromMilli(Number(row?.milli ?? 0));
}
