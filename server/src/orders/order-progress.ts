import { EntityManager, In } from 'typeorm';
import { DeliveryNote, DeliveryNoteLine } from '../delivery-notes/delivery-note.entity.js';
import { Invoice, InvoiceLine } from '../invoices/invoice.entity.js';
import { fromMilli, toMilli } from '../common/quantity.js';
import { OrderLine } from './order.entity.js';

export interface LineProgress {
  orderLineId: number;
  ordered: number;
  delivered: number;
  remaining: number;
  invoiced: number;
}

/**
 * Per order line: quantity ordered, delivered by validated delivery notes, left to deliver (the
 * backorder), and invoiced by validated invoices (deposit lines excluded).
 */
export async function orderProgress(em: EntityManager, orderId: number): Promise<LineProgress[]> {
  const lines = await em.find(OrderLine, { where: { orderId }, order: { position: 'ASC' } });
  if (!lines.length) return [];
  const ids = lines.map((l) => l.id);
  const delivered = await em
    .createQueryBuilder(DeliveryNoteLine, 'l')
    .innerJoin(DeliveryNote, 'd', 'd.id = l.deliveryNoteId')
    .select('l.orderLineId', 'id')
    .addSelect('SUM(l.quantity)', 'milli')
    .where({ orderLineId: In(ids) })
    .andWhere("d.status = 'validated'")
    .groupBy('l.orderLineId')
    .getRawMany<{ id: number; milli: number }>();
  const invoiced = await em
    .createQueryBuilder(InvoiceLine, 'l')
    .innerJoin(Invoice, 'i', 'i.id = l.invoiceId')
    .select('l.orderLineId', 'id')
    .addSelect('SUM(l.quantity)', 'milli')
    .where({ orderLineId: In(ids) })
    .andWhere("i.status = 'validated' AND i.type = 'invoice'")
    .groupBy('l.orderLineId')
    .getRawMany<{ id: number; milli: number }>();
  return lines.map((l) => {
    const d = Number(delivered.find((r) => r.id === l.id)?.milli ?? 0);
    const inv = Number(invoiced.find((r) => r.id === l.id)?.milli ?? 0);
    return { orderLineId: l.id, ordered: l.quantity, delivered: fromMilli(d), remaining: fromMilli(Math.max(0, toMilli(l.quantity) - d)), invoiced: fromMilli(inv) };
  });
}
