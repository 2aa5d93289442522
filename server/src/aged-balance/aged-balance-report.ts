import { addToBucket, AgeingBucket, ageingBucket, BucketTotals, emptyBucketTotals } from './ageing.js';

/**
 * The aged balance (balance âgée) on one day: one row per client with an open invoice balance, the
 * balances spread over the ageing buckets, the invoices behind them for drill-down, and the totals.
 * Rows come largest total first. Only invoice balances are aged: a client's unallocated credit
 * (overpayment) is not netted here; the account statement shows it.
 */
export interface AgedInvoiceInput {
  invoiceId: number;
  clientId: number;
  number: string;
  date: string;
  dueDate: string | null;
  balanceCents: number;
  daysOverdue: number;
}

export interface AgedClientInput {
  id: number;
  code: string;
  name: string;
}

export interface AgedInvoice {
  invoiceId: number;
  number: string;
  date: string;
  dueDate: string | null;
  balanceCents: number;
  daysOverdue: number;
  bucket: AgeingBucket;
}

export type AgedBalanceRow = { clientId: number; clientCode: string; clientName: string } & BucketTotals & { invoices: AgedInvoice[] };

export interface AgedBalance {
  date: string;
  rows: AgedBalanceRow[];
  totals: BucketTotals;
}

export function agedBalance(date: string, clients: AgedClientInput[], invoices: AgedInvoiceInput[]): AgedBalance {
  const byClient = new Map<number, AgedBalanceRow>();
  const totals = emptyBucketTotals();
  const open = invoices.filter((i) => i.balanceCents > 0).sort((a, b) => (a.dueDate ?? a.date).localeCompare(b.dueDate ?? b.date) || a.number.localeCompare(b.number));
  for (const invoice of open) {
    let row = byClient.get(invoice.clientId);
    if (!row) {
      const client = clients.find((c) => c.id === invoice.clientId);
      row = { clientId: invoice.clientId, clientCode: client?.code ?? '', clientName: client?.name ?? '', ...emptyBucketTotals(), invoices: [] };
      byClient.set(invoice.clientId, row);
    }
    const bucket = ageingBucket(invoice.daysOverdue);
    addToBucket(row, bucket, invoice.balanceCents);
    addToBucket(totals, bucket, invoice.balanceCents);
    row.invoices.push({ invoiceId: invoice.invoiceId, number: invoice.number, date: invoice.date, dueDate: invoice.dueDate, balanceCents: invoice.balanceCents, daysOverdue: invoice.daysOverdue, bucket });
  }
  const rows = [...byClient.values()].sort((a, b) => b.totalCents - a.totalCents || a.clientName.localeCompare(b.clientName, 'fr') || a.clientCode.localeCompare(b.clientCode));
  return { date, rows, totals };
}
