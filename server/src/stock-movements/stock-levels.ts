import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { fromMilli, toMilli } from '../common/quantity.js';
import { Product } from '../products/product.entity.js';
import { StockMovement } from './stock-movement.entity.js';

export interface StockLevel {
  onHand: number;
  reserved: number;
  available: number;
  belowReorderPoint: boolean;
}

/**
 * Reserved quantities: for every line of a validated (or partially delivered) order, what is left
 * to deliver, i.e. ordered − delivered by validated delivery notes. Cancelled and delivered orders
 * reserve nothing.
 */
export const RESERVED_SQL = `
  SELECT ol.productId AS productId, SUM(MAX(ol.quantity - COALESCE(dl.milli, 0), 0)) AS reservedMilli
  FROM order_line ol
  JOIN "order" o ON o.id = ol.orderId AND o.status IN ('validated', 'partially_delivered')
  LEFT JOIN (
    SELECT l.orderLineId AS orderLineId, SUM(l.quantity) AS milli
    FROM delivery_note_line l JOIN delivery_note d ON d.id = l.deliveryNoteId AND d.status = 'validated'
    GROUP BY l.orderLineId
  ) dl ON dl.orderLineId = ol.id
  WHERE ol.productId IS NOT NULL
  GROUP BY ol.productId`;

/** On hand = the ledger's sum per product; reserved as above; available = on hand − reserved. */
export function joinStock<T extends Product>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  return qb
    .leftJoin(
      (sub) => sub.select('m.productId', 'productId').addSelect('SUM(m.quantity)', 'onHandMilli').from(StockMovement, 'm').groupBy('m.productId'),
      'stock',
      `stock.productId = ${alias}.id`,
    )
    .leftJoin(`(${RESERVED_SQL})`, 'res', `res.productId = ${alias}.id`)
    .addSelect('COALESCE(stock.onHandMilli, 0)', 'onHandMilli')
    .addSelect('COALESCE(res.reservedMilli, 0)', 'reservedMilli');
}

/** SQL for the available quantity of the joined product, in thousandths. */
export const AVAILABLE_MILLI_SQL = '(COALESCE(stock.onHandMilli, 0) - COALESCE(res.reservedMilli, 0))';
export const ON_HAND_MILLI_SQL = 'COALESCE(stock.onHandMilli, 0)';

export function stockLevel(product: Pick<Product, 'type' | 'reorderPoint'>, onHandMilli: number, reservedMilli = 0): StockLevel {
  if (product.type !== 'good') return { onHand: 0, reserved: 0, available: 0, belowReorderPoint: false };
  const onHand = fromMilli(Number(onHandMilli) || 0);
  const reserved = fromMilli(Number(reservedMilli) || 0);
  const available = fromMilli(toMilli(onHand) - toMilli(reserved));
  return { onHand, reserved, available, belowReorderPoint: available <= product.reorderPoint };
}

export async function onHandOf(em: EntityManager, productId: number): Promise<number> {
  const row = await em.createQueryBuilder(StockMovement, 'm').select('COALESCE(SUM(m.quantity), 0)', 'milli').where('m.productId = :productId', { productId }).getRawOne<{ milli: number }>();
  return fromMilli(Number(row?.milli ?? 0));
}
