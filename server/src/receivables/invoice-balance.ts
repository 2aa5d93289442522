/**
 * What is left to pay on an invoice and its payment status on the scenario day: gross − validated
 * credit notes − recorded payments allocated to it.
 */
export type PaymentStatus = 'paid' | 'partially_paid' | 'unpaid' | 'overdue';

export interface InvoiceBalance {
  paidCents: number;
  creditedCents: number;
  balanceCents: number;
  paymentStatus: PaymentStatus;
  daysOverdue: number;
}

export function invoiceBalance(invoice: { grossCents: number; dueDate: string | null }, paidCents: number, creditedCents: number, today: string): InvoiceBalance {
  const balanceCents = Math.max(0, invoice.grossCents - paidCents - creditedCents);
  const daysOverdue = invoice.dueDate && balanceCents > 0 ? Math.max(0, Math.round((Date.parse(today) - Date.parse(invoice.dueDate)) / 86_400_000)) : 0;
  const paymentStatus: PaymentStatus = balanceCents === 0 ? 'paid' : daysOverdue > 0 ? 'overdue' : paidCents > 0 ? 'partially_paid' : 'unpaid';
  return { paidCents, creditedCents, balanceCents, paymentStatus, daysOverdue };
}

/** Suggested allocation of an amount to open invoices, oldest due date first; the rest is client credit. */
export function allocateOldestFirst(amountCents: number, open: { id: number; dueDate: string | null; date: string; balanceCents: number }[]): { allocations: { invoiceId: number; amountCents: number }[]; creditCents: number } {
  const sorted = [...open].filter((i) => i.balanceCents > 0).sort((a, b) => (a.dueDate ?? a.date).localeCompare(b.dueDate ?? b.date) || a.id - b.id);
  const allocations: { invoiceId: number; amountCents: number }[] = [];
  let left = amountCents;
  for (const invoice of sorted) {
    if (left <= 0) break;
    const take = Math.min(left, invoice.balanceCents);
    allocations.push({ invoiceId: invoice.id, amountCents: take });
    left -= take;
  }
  return { allocations, creditCents: left };
}
