"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ON_HAND_MILLI_SQL = exports.AVAILABLE_MILLI_SQL = exports.RESERVED_SQL = void 0;
exports.joinStock = joinStock;
exports.stockLevel = stockLevel;
exports.onHandOf = onHandOf;
const quantity_js_1 = require("../common/quantity.js");
const stock_movement_entity_js_1 = require("./stock-movement.entity.js");
/**
 * Reserved quantities: for every line of a validated (or partially delivered) order, what is left
 * to deliver, i.e. ordered − delivered by validated delivery notes. Cancelled and delivered orders
 * reserve nothing.
 */
exports.RESERVED_SQL = `
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
function joinStock(qb, alias) {
    return qb
        .leftJoin((sub) => sub.select('m.productId', 'productId').addSelect('SUM(m.quantity)', 'onHandMilli').from(stock_movement_entity_js_1.StockMovement, 'm').groupBy('m.productId'), 'stock', `stock.productId = ${alias}.id`)
        .leftJoin(`(${exports.RESERVED_SQL})`, 'res', `res.productId = ${alias}.id`)
        .addSelect('COALESCE(stock.onHandMilli, 0)', 'onHandMilli')
        .addSelect('COALESCE(res.reservedMilli, 0)', 'reservedMilli');
}
/** SQL for the available quantity of the joined product, in thousandths. */
exports.AVAILABLE_MILLI_SQL = '(COALESCE(stock.onHandMilli, 0) - COALESCE(res.reservedMilli, 0))';
exports.ON_HAND_MILLI_SQL = 'COALESCE(stock.onHandMilli, 0)';
function stockLevel(product, onHandMilli, reservedMilli = 0) {
    if (product.type !== 'good')
        return { onHand: 0, reserved: 0, available: 0, belowReorderPoint: false };
    const onHand = (0, quantity_js_1.fromMilli)(Number(onHandMilli) || 0);
    const reserved = (0, quantity_js_1.fromMilli)(Number(reservedMilli) || 0);
    const available = (0, quantity_js_1.fromMilli)((0, quantity_js_1.toMilli)(onHand) - (0, quantity_js_1.toMilli)(reserved));
    return { onHand, reserved, available, belowReorderPoint: available <= product.reorderPoint };
}
async function onHandOf(em, productId) {
    const row = await em.createQueryBuilder(stock_movement_entity_js_1.StockMovement, 'm').select('COALESCE(SUM(m.quantity), 0)', 'milli').where('m.productId = :productId', { productId }).getRawOne();
    return (0, quantity_js_1.fromMilli)(Number(row?.milli ?? 0));
}
//# sourceMappingURL=stock-levels.js.map