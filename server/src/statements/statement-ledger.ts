import { daysOverdue } from '../aged-balance/ageing.js';

/**
 * The arithmetic of an account statement (relevé de compte, legal-fr §2.4) for one client and a
 * period [from, to], from the client's validated invoices and credit notes and its recorded
 * (not cancelled) payments:
 *
 *   opening = invoices − credit notes − payments dated before `from`
 *   closing = opening + debits (invoices TTC) − credits (credit notes, payments) of the period
 *
 * The closing balance is then split from what is open on `to`: each invoice dated up to `to` owes
 * gross − its payments (dated up to `to`) − its credit notes; owed amounts are not due or overdue
 * by their due date on `to`. What was paid or credited but is not owed by any invoice on `to` — a
 * payment not allocated (overpayment), or allocated to an invoice issued after `to`, or a credit
 * note larger than what was left on its invoice — is the client's credit, so that always
 *
 *   closing = notDue + overdue − unallocatedCredit.
 *
 * On today, notDue + overdue is the sum of the invoices' balanceCents (GET invoices).
 */
export interface LedgerInvoice {
  id: number;
  number: string;
  type: 'invoice' | 'deposit';
  date: string;
  dueDate: string | null;
  grossCents: number;
}

export interface LedgerCreditNote {
  id: number;
  number: string;
  date: string;
  grossCents: number;
  invoiceId: number;
  invoiceNumber: string | null;
}

export interface LedgerPayment {
  id: number;
  date: string;
  amountCents: number;
  method: string;
  reference: string | null;
  allocations: { invoiceId: number; amountCents: number }[];
}

export type StatementEntryKind = 'invoice' | 'credit_note' | 'payment';

export interface StatementEntry {
  date: string;
  kind: StatementEntryKind;
  /** The invoice, credit note or payment id. */
  id: number;
  /** Invoice or credit-note number; the payment's reference (null when it has none). */
  number: string | null;
  dueDate: string | null;
  debitCents: number;
  creditCents: number;
  /** Running balance after this entry. */
  balanceCents: number;
  /** Invoices: 'invoice' or 'deposit'. */
  invoiceType?: 'invoice' | 'deposit';
  /** Credit notes: the invoice they correct. */
  invoiceNumber?: string | null;
  /** Payments. */
  method?: string;
  reference?: string | null;
}

export interface StatementInvoiceBalance {
  invoiceId: number;
  number: string;
  date: string;
  dueDate: string | null;
  grossCents: number;
  balanceCents: number;
  daysOverdue: number;
}

export interface StatementFigures {
  from: string;
  to: string;
  openingBalanceCents: number;
  entries: StatementEntry[];
  totalDebitCents: number;
  totalCreditCents: number;
  closingBalanceCents: number;
  notDueCents: number;
  overdueCents: number;
  unallocatedCreditCents: number;
  /** Invoices still owed on `to`, oldest due date first. */
  openInvoices: StatementInvoiceBalance[];
  overdueInvoices: StatementInvoiceBalance[];
}

const KIND_ORDER: Record<StatementEntryKind, number> = { invoice: 0, credit_note: 1, payment: 2 };

export function statementFigures(input: { from: string; to: string; invoices: LedgerInvoice[]; creditNotes: LedgerCreditNote[]; payments: LedgerPayment[] }): StatementFigures {
  const { from, to } = input;
  const invoices = input.invoices.filter((i) => i.date <= to);
  const creditNotes = input.creditNotes.filter((c) => c.date <= to);
  const payments = input.payments.filter((p) => p.date <= to);

  const before = (date: string) => date < from;
  const openingBalanceCents =
    sum(invoices.filter((i) => before(i.date)), (i) => i.grossCents) -
    sum(creditNotes.filter((c) => before(c.date)), (c) => c.grossCents) -
    sum(payments.filter((p) => before(p.date)), (p) => p.amountCents);

  type Draft = Omit<StatementEntry, 'balanceCents'>;
  const drafts: Draft[] = [
    ...invoices.filter((i) => !before(i.date)).map((i): Draft => ({ date: i.date, kind: 'invoice', id: i.id, number: i.number, dueDate: i.dueDate, debitCents: i.grossCents, creditCents: 0, invoiceType: i.type })),
    ...creditNotes.filter((c) => !before(c.date)).map((c): Draft => ({ date: c.date, kind: 'credit_note', id: c.id, number: c.number, dueDate: null, debitCents: 0, creditCents: c.grossCents, invoiceNumber: c.invoiceNumber })),
    ...payments.filter((p) => !before(p.date)).map((p): Draft => ({ date: p.date, kind: 'payment', id: p.id, number: p.reference, dueDate: null, debitCents: 0, creditCents: p.amountCents, method: p.method, reference: p.reference })),
  ];
  drafts.sort((a, b) => a.date.localeCompare(b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.number ?? '').localeCompare(b.number ?? '') || a.id - b.id);
  let running = openingBalanceCents;
  const entries = drafts.map((d) => ({ ...d, balanceCents: (running += d.debitCents - d.creditCents) }));
  const totalDebitCents = sum(entries, (e) => e.debitCents);
  const totalCreditCents = sum(entries, (e) => e.creditCents);
  const closingBalanceCents = openingBalanceCents + totalDebitCents - totalCreditCents;

  // What each invoice still owes on `to`, and the credit nobody owes against.
  const owed = new Map(invoices.map((i) => [i.id, i.grossCents]));
  let unallocatedCreditCents = 0;
  for (const p of payments) {
    let left = p.amountCents;
    for (const a of p.allocations) {
      if (!owed.has(a.invoiceId)) continue;
      owed.set(a.invoiceId, owed.get(a.invoiceId)! - a.amountCents);
      left -= a.amountCents;
    }
    unallocatedCreditCents += left;
  }
  for (const c of creditNotes) {
    if (owed.has(c.invoiceId)) owed.set(c.invoiceId, owed.get(c.invoiceId)! - c.grossCents);
    else unallocatedCreditCents += c.grossCents;
  }
  const openInvoices: StatementInvoiceBalance[] = [];
  for (const i of invoices) {
    const left = owed.get(i.id)!;
    if (left < 0) unallocatedCreditCents += -left;
    if (left > 0) openInvoices.push({ invoiceId: i.id, number: i.number, date: i.date, dueDate: i.dueDate, grossCents: i.grossCents, balanceCents: left, daysOverdue: daysOverdue(i.dueDate, to) });
  }
  openInvoices.sort((a, b) => (a.dueDate ?? a.date).localeCompare(b.dueDate ?? b.date) || a.number.localeCompare(b.number));
  const overdueInvoices = openInvoices.filter((i) => i.daysOverdue > 0);
  const overdueCents = sum(overdueInvoices, (i) => i.balanceCents);
  const notDueCents = sum(openInvoices, (i) => i.balanceCents) - overdueCents;

  return {
    from, to, openingBalanceCents, entries, totalDebitCents, totalCreditCents, closingBalanceCents,
    notDueCents, overdueCents, unallocatedCreditCents, openInvoices, overdueInvoices,
  };
}

function sum<T>(items: T[], value: (item: T) => number): number {
  return items.reduce((s, item) => s + value(item), 0);
}
