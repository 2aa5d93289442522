import { EntityManager, In } from 'typeorm';
import { Company } from '../company/company.entity.js';
import { CreditNote } from '../credit-notes/credit-note.entity.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { Payment, PaymentAllocation } from '../payments/payment.entity.js';
import { halfYearRates, latePenalties, PenaltySegment } from '../receivables/late-penalties.js';

/** What a reminder claims for one invoice, as frozen in reminder_invoice. */
export interface InvoiceClaim {
  invoiceId: number;
  invoiceNumber: string;
  invoiceDate: string;
  dueDate: string;
  grossCents: number;
  /** Recorded payments and validated credit notes up to the day of the reminder. */
  paidCents: number;
  balanceCents: number;
  daysLate: number;
  rateBp: number;
  penaltyCents: number;
  indemnityCents: number;
  segments: PenaltySegment[];
}

/**
 * Principal, late penalties and the recovery indemnity of each invoice on `on` (legal-fr §3.3):
 * payments reduce the base from their date, credit notes too; the rate comes from the company's
 * half-year table; the 40 € is due once per invoice, to business clients only.
 */
export async function invoiceClaims(em: EntityManager, invoices: Invoice[], company: Company, b2b: boolean, on: string): Promise<InvoiceClaim[]> {
  const ids = invoices.map((i) => i.id);
  if (!ids.length) return [];
  const payments = await em
    .createQueryBuilder(PaymentAllocation, 'a')
    .innerJoin(Payment, 'p', "p.id = a.paymentId AND p.status = 'recorded'")
    .select('a.invoiceId', 'invoiceId')
    .addSelect('p.date', 'date')
    .addSelect('a.amountCents', 'amountCents')
    .where({ invoiceId: In(ids) })
    .getRawMany<{ invoiceId: number; date: string; amountCents: number }>();
  const credits = await em.find(CreditNote, { where: { invoiceId: In(ids), status: 'validated' }, select: { invoiceId: true, date: true, grossCents: true } });
  const rateBpOn = halfYearRates(company.latePenaltyRatesBp ?? {}, company.latePenaltyRateBp);
  return invoices.map((invoice) => {
    const reductions = [
      ...payments.filter((p) => Number(p.invoiceId) === invoice.id).map((p) => ({ date: p.date, amountCents: Number(p.amountCents) })),
      ...credits.filter((c) => c.invoiceId === invoice.id).map((c) => ({ date: c.date, amountCents: c.grossCents })),
    ];
    const dueDate = invoice.dueDate ?? invoice.date;
    return {
      invoiceId: invoice.id,
      invoiceNumber: invoice.number ?? '',
      invoiceDate: invoice.date,
      dueDate,
      grossCents: invoice.grossCents,
      ...claimFigures({ grossCents: invoice.grossCents, dueDate }, reductions, { on, rateBpOn, b2b, indemnityCents: company.recoveryIndemnityCents }),
    };
  });
}

export type ClaimFigures = Pick<InvoiceClaim, 'paidCents' | 'balanceCents' | 'daysLate' | 'rateBp' | 'penaltyCents' | 'indemnityCents' | 'segments'>;

/**
 * The figures of one invoice on the day `on`: payments and credit notes (reductions) made by then
 * reduce the base from their date. Shared by the reminders service and the scenario history.
 */
export function claimFigures(
  invoice: { grossCents: number; dueDate: string },
  reductions: { date: string; amountCents: number }[],
  terms: { on: string; rateBpOn: (date: string) => number; b2b: boolean; indemnityCents: number },
): ClaimFigures {
  const { on, rateBpOn, b2b } = terms;
  const r = latePenalties({ grossCents: invoice.grossCents, dueDate: invoice.dueDate, payments: reductions.filter((x) => x.date <= on), on, rateBpOn, b2b, recoveryIndemnityCents: terms.indemnityCents });
  return {
    paidCents: invoice.grossCents - r.balanceCents,
    balanceCents: r.balanceCents,
    daysLate: r.daysLate,
    rateBp: r.segments.at(-1)?.rateBp ?? rateBpOn(on),
    penaltyCents: r.penaltyCents,
    indemnityCents: r.indemnityCents,
    segments: r.segments,
  };
}
