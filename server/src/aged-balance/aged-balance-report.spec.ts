import { agedBalance, AgedInvoiceInput } from './aged-balance-report.js';

const clients = [
  { id: 1, code: 'C0001', name: 'Alpha' },
  { id: 2, code: 'C0002', name: 'Bêta' },
  { id: 3, code: 'C0003', name: 'Gamma' },
];
const inv = (invoiceId: number, clientId: number, balanceCents: number, daysOverdue: number, dueDate = '2026-03-01'): AgedInvoiceInput => ({
  invoiceId, clientId, number: `FA-2026-${String(invoiceId).padStart(4, '0')}`, date: '2026-01-01', dueDate, balanceCents, daysOverdue,
});

describe('agedBalance', () => {
  const report = agedBalance('2026-03-16', clients, [
    inv(1, 1, 10000, 0, '2026-04-15'),
    inv(2, 1, 5000, 15, '2026-03-01'),
    inv(3, 2, 90000, 95, '2025-12-11'),
    inv(4, 2, 1000, 45, '2026-01-30'),
    inv(5, 3, 0, 70),
    inv(6, 1, 2500, 61, '2026-01-14'),
  ]);

  it('gives one row per client with an open balance, largest total first', () => {
    expect(report.rows.map((r) => [r.clientCode, r.totalCents])).toEqual([
      ['C0002', 91000],
      ['C0001', 17500],
    ]);
  });

  it('spreads each balance over its bucket and lists the invoices, oldest due date first', () => {
    expect(report.rows[1]).toMatchObject({ clientName: 'Alpha', notDueCents: 10000, d1to30Cents: 5000, d31to60Cents: 0, d61to90Cents: 2500, over90Cents: 0 });
    expect(report.rows[1].invoices.map((i) => [i.number, i.bucket])).toEqual([
      ['FA-2026-0006', 'd61to90'],
      ['FA-2026-0002', 'd1to30'],
      ['FA-2026-0001', 'notDue'],
    ]);
  });

  it('totals are the sums of the rows, bucket by bucket', () => {
    expect(report.totals).toEqual({ notDueCents: 10000, d1to30Cents: 5000, d31to60Cents: 1000, d61to90Cents: 2500, over90Cents: 90000, totalCents: 108500 });
    for (const key of ['notDueCents', 'd1to30Cents', 'd31to60Cents', 'd61to90Cents', 'over90Cents', 'totalCents'] as const) {
      expect(report.rows.reduce((s, r) => s + r[key], 0)).toBe(report.totals[key]);
    }
  });

  it('is empty when nothing is open', () => {
    expect(agedBalance('2026-03-16', clients, [inv(5, 3, 0, 70)])).toEqual({ date: '2026-03-16', rows: [], totals: { notDueCents: 0, d1to30Cents: 0, d31to60Cents: 0, d61to90Cents: 0, over90Cents: 0, totalCents: 0 } });
  });
});
