import { LedgerCreditNote, LedgerInvoice, LedgerPayment, statementFigures } from './statement-ledger.js';

const invoices: LedgerInvoice[] = [
  { id: 1, number: 'FA-2025-0090', type: 'invoice', date: '2025-12-10', dueDate: '2026-01-09', grossCents: 120000 },
  { id: 2, number: 'FA-2026-0004', type: 'invoice', date: '2026-01-20', dueDate: '2026-02-19', grossCents: 60000 },
  { id: 3, number: 'FA-2026-0011', type: 'invoice', date: '2026-03-10', dueDate: '2026-04-09', grossCents: 24000 },
  { id: 4, number: 'FA-2026-0015', type: 'deposit', date: '2026-03-16', dueDate: '2026-03-16', grossCents: 10000 },
];
const creditNotes: LedgerCreditNote[] = [{ id: 7, number: 'AV-2026-0002', date: '2026-01-25', grossCents: 12000, invoiceId: 2, invoiceNumber: 'FA-2026-0004' }];
const payments: LedgerPayment[] = [
  { id: 1, date: '2025-12-20', amountCents: 50000, method: 'transfer', reference: 'VIR-1', allocations: [{ invoiceId: 1, amountCents: 50000 }] },
  { id: 2, date: '2026-02-10', amountCents: 70000, method: 'transfer', reference: 'VIR-9', allocations: [{ invoiceId: 1, amountCents: 70000 }] },
  { id: 3, date: '2026-03-12', amountCents: 30000, method: 'cheque', reference: null, allocations: [{ invoiceId: 2, amountCents: 20000 }] },
];

describe('statementFigures', () => {
  const s = statementFigures({ from: '2026-01-01', to: '2026-03-16', invoices, creditNotes, payments });

  it('opens with what was invoiced, credited and paid before the period', () => {
    expect(s.openingBalanceCents).toBe(120000 - 50000);
  });

  it('lists the period by date (invoices, then credit notes, then payments on one day) with a running balance', () => {
    expect(s.entries.map((e) => [e.date, e.kind, e.number, e.debitCents, e.creditCents, e.balanceCents])).toEqual([
      ['2026-01-20', 'invoice', 'FA-2026-0004', 60000, 0, 130000],
      ['2026-01-25', 'credit_note', 'AV-2026-0002', 0, 12000, 118000],
      ['2026-02-10', 'payment', 'VIR-9', 0, 70000, 48000],
      ['2026-03-10', 'invoice', 'FA-2026-0011', 24000, 0, 72000],
      ['2026-03-12', 'payment', null, 0, 30000, 42000],
      ['2026-03-16', 'invoice', 'FA-2026-0015', 10000, 0, 52000],
    ]);
    expect(s.entries[0]).toMatchObject({ dueDate: '2026-02-19', invoiceType: 'invoice' });
    expect(s.entries[1]).toMatchObject({ invoiceNumber: 'FA-2026-0004' });
    expect(s.entries[4]).toMatchObject({ method: 'cheque', reference: null });
  });

  it('closes at opening + debits − credits, split into not due, overdue and the unallocated credit', () => {
    expect(s).toMatchObject({ totalDebitCents: 94000, totalCreditCents: 112000, closingBalanceCents: 52000 });
    // FA-2026-0004: 600 − 200 paid − 120 credited = 280 € overdue by 25 days; 0011 and the deposit due today are not due; 100 € of the cheque is unallocated.
    expect(s).toMatchObject({ notDueCents: 34000, overdueCents: 28000, unallocatedCreditCents: 10000 });
    expect(s.closingBalanceCents).toBe(s.notDueCents + s.overdueCents - s.unallocatedCreditCents);
    expect(s.overdueInvoices).toEqual([{ invoiceId: 2, number: 'FA-2026-0004', date: '2026-01-20', dueDate: '2026-02-19', grossCents: 60000, balanceCents: 28000, daysOverdue: 25 }]);
    expect(s.openInvoices.map((i) => i.number)).toEqual(['FA-2026-0004', 'FA-2026-0015', 'FA-2026-0011']);
  });

  it('states the account as it was on a past `to`: later documents and payments are left out', () => {
    const past = statementFigures({ from: '2026-01-01', to: '2026-02-28', invoices, creditNotes, payments });
    expect(past.entries.map((e) => e.number)).toEqual(['FA-2026-0004', 'AV-2026-0002', 'VIR-9']);
    expect(past).toMatchObject({ openingBalanceCents: 70000, closingBalanceCents: 48000, notDueCents: 0, overdueCents: 48000, unallocatedCreditCents: 0 });
    expect(past.overdueInvoices[0]).toMatchObject({ balanceCents: 48000, daysOverdue: 9 });
  });

  it('chains: the opening balance of a period is the closing balance of the day before', () => {
    const first = statementFigures({ from: '2025-01-01', to: '2026-02-09', invoices, creditNotes, payments });
    const second = statementFigures({ from: '2026-02-10', to: '2026-03-16', invoices, creditNotes, payments });
    expect(second.openingBalanceCents).toBe(first.closingBalanceCents);
    expect(second.closingBalanceCents).toBe(s.closingBalanceCents);
  });

  it('counts as client credit a credit note beyond what was left on its invoice and a payment made before the invoice it pays', () => {
    const r = statementFigures({
      from: '2026-03-01',
      to: '2026-03-05',
      invoices: [
        { id: 1, number: 'FA-1', type: 'invoice', date: '2026-03-01', dueDate: '2026-03-31', grossCents: 10000 },
        { id: 2, number: 'FA-2', type: 'invoice', date: '2026-03-10', dueDate: '2026-04-09', grossCents: 5000 },
      ],
      creditNotes: [{ id: 1, number: 'AV-1', date: '2026-03-03', grossCents: 3000, invoiceId: 1, invoiceNumber: 'FA-1' }],
      payments: [
        { id: 1, date: '2026-03-02', amountCents: 10000, method: 'card', reference: null, allocations: [{ invoiceId: 1, amountCents: 10000 }] },
        { id: 2, date: '2026-03-04', amountCents: 5000, method: 'transfer', reference: 'AVANCE', allocations: [{ invoiceId: 2, amountCents: 5000 }] },
      ],
    });
    expect(r).toMatchObject({ closingBalanceCents: -8000, notDueCents: 0, overdueCents: 0, unallocatedCreditCents: 8000, openInvoices: [] });
  });

  it('always reconciles: closing = opening + debits − credits = not due + overdue − credit (random accounts)', () => {
    let seed = 42;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const day = (n: number) => new Date(Date.UTC(2025, 9, 1) + n * 86_400_000).toISOString().slice(0, 10);
    for (let round = 0; round < 200; round++) {
      const inv: LedgerInvoice[] = Array.from({ length: 1 + rnd(6) }, (_, i) => {
        const d = rnd(160);
        return { id: i + 1, number: `FA-${i + 1}`, type: 'invoice', date: day(d), dueDate: day(d + rnd(60)), grossCents: 100 + rnd(100000) };
      });
      const cn: LedgerCreditNote[] = Array.from({ length: rnd(3) }, (_, i) => {
        const target = inv[rnd(inv.length)];
        return { id: i + 1, number: `AV-${i + 1}`, date: target.date, grossCents: 1 + rnd(target.grossCents), invoiceId: target.id, invoiceNumber: target.number };
      });
      const pay: LedgerPayment[] = Array.from({ length: rnd(5) }, (_, i) => {
        const target = inv[rnd(inv.length)];
        const allocated = rnd(target.grossCents);
        return { id: i + 1, date: day(rnd(170)), amountCents: allocated + rnd(3) * rnd(5000), method: 'transfer', reference: null, allocations: allocated ? [{ invoiceId: target.id, amountCents: allocated }] : [] };
      });
      const a = rnd(170);
      const [from, to] = [day(a), day(a + rnd(170 - a))];
      const r = statementFigures({ from, to, invoices: inv, creditNotes: cn, payments: pay });
      expect(r.closingBalanceCents).toBe(r.openingBalanceCents + r.totalDebitCents - r.totalCreditCents);
      expect(r.closingBalanceCents).toBe(r.notDueCents + r.overdueCents - r.unallocatedCreditCents);
      expect(r.entries.at(-1)?.balanceCents ?? r.openingBalanceCents).toBe(r.closingBalanceCents);
      expect(r.unallocatedCreditCents).toBeGreaterThanOrEqual(0);
    }
  });
});
