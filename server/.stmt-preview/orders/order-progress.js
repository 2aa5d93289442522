"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.orderProgress = orderProgress;
const typeorm_1 = require("typeorm");
const delivery_note_entity_js_1 = require("../delivery-notes/delivery-note.entity.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const quantity_js_1 = require("../common/quantity.js");
const order_entity_js_1 = require("./order.entity.js");
/**
 * Per order line: quantity ordered, delivered by validated delivery notes, left to deliver (the
 * backorder), and invoiced by validated invoices (deposit lines excluded).
 */
async function orderProgress(em, orderId) {
    const lines = await em.find(order_entity_js_1.OrderLine, { where: { orderId }, order: { position: 'ASC' } });
    if (!lines.length)
        return [];
    const ids = lines.map((l) => l.id);
    const delivered = await em
        .createQueryBuilder(delivery_note_entity_js_1.DeliveryNoteLine, 'l')
        .innerJoin(delivery_note_entity_js_1.DeliveryNote, 'd', 'd.id = l.deliveryNoteId')
        .select('l.orderLineId', 'id')
        .addSelect('SUM(l.quantity)', 'milli')
        .where({ orderLineId: (0, typeorm_1.In)(ids) })
        .andWhere("d.status = 'validated'")
        .groupBy('l.orderLineId')
        .getRawMany();
    const invoiced = await em
        .createQueryBuilder(invoice_entity_js_1.InvoiceLine, 'l')
        .innerJoin(invoice_entity_js_1.Invoice, 'i', 'i.id = l.invoiceId')
        .select('l.orderLineId', 'id')
        .addSelect('SUM(l.quantity)', 'milli')
        .where({ orderLineId: (0, typeorm_1.In)(ids) })
        .andWhere("i.status = 'validated' AND i.type = 'invoice'")
        .groupBy('l.orderLineId')
        .getRawMany();
    return lines.map((l) => {
        const d = Number(delivered.find((r) => r.id === l.id)?.milli ?? 0);
        const inv = Number(invoiced.find((r) => r.id === l.id)?.milli ?? 0);
        return { orderLineId: l.id, ordered: l.quantity, delivered: (0, quantity_js_1.fromMilli)(d), remaining: (0, quantity_js_1.fromMilli)(Math.max(0, (0, quantity_js_1.toMilli)(l.quantity) - d)), invoiced: (0, quantity_js_1.fromMilli)(inv) };
    });
}
//# sourceMappingURL=order-progress.js.map