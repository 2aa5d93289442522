import { EntityManager, In } from 'typeorm';
import { CreditNote } from '../credit-notes/credit-note.entity.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { Payment, PaymentAllocation } from '../payments/payment.entity.js';
import { InvoiceBalance, invoiceBalance } from './invoice-balance.js';

/** Paid (recorded payments) and credited (validated credit notes) amounts and the balance of validated invoices. */
export async function balancesOf(em: EntityManager, invoices: Invoice[], today: string): Promise<Map<number, InvoiceBalance>> {
  const ids = invoices.filter((i) => i.status === 'validated').map((i) => i.id);
  const result = new Map<number, InvoiceBalance>();
  if (!ids.length) return result;
  const paid = await em
    .createQueryBuilder(PaymentAllocation, 'a')
    .innerJoin(Payment, 'p', "p.id = a.paymentId AND p.status = 'recorded'")
    .select('a.invoiceId', 'id')
    .addSelect('SUM(a.amountCents)', 'cents')
    .where({ invoiceId: In(ids) })
    .groupBy('a.invoiceId')
    .getRawMany<{ id: number; cents: number }>();
  const credited = await em
    .createQueryBuilder(CreditNote, 'c')
    .select('c.invoiceId', 'id')
    .addSelect('SUM(c.grossCents)', 'cents')
    .where({ invoiceId: In(ids), status: 'validated' })
    .groupBy('c.invoiceId')
    .getRawMany<{ id: number; cents: number }>();
  for (const invoice of invoices.filter((i) => i.status === 'validated')) {
    const p = Number(paid.find((r) => r.id === invoice.id)?.cents ?? 0);
    const c = Number(credited.find((r) => r.id === invoice.id)?.cents ?? 0);
    result.set(invoice.id, invoiceBalance(invoice, p, c, today));
  }
  return result;
}
