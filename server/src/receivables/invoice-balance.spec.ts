import { allocateOldestFirst, invoiceBalance } from './invoice-balance.js';

describe('invoiceBalance', () => {
  const invoice = { grossCents: 120000, dueDate: '2026-03-01' };

  it('is unpaid before the due date and overdue after it, with the days counted', () => {
    expect(invoiceBalance(invoice, 0, 0, '2026-02-20')).toMatchObject({ balanceCents: 120000, paymentStatus: 'unpaid', daysOverdue: 0 });
    expect(invoiceBalance(invoice, 0, 0, '2026-03-16')).toMatchObject({ paymentStatus: 'overdue', daysOverdue: 15 });
  });

  it('is partially paid, then paid; credit notes reduce the balance too', () => {
    expect(invoiceBalance(invoice, 50000, 0, '2026-02-20')).toMatchObject({ balanceCents: 70000, paymentStatus: 'partially_paid' });
    expect(invoiceBalance(invoice, 100000, 20000, '2026-03-16')).toMatchObject({ balanceCents: 0, paymentStatus: 'paid', daysOverdue: 0 });
  });
});

describe('allocateOldestFirst', () => {
  const open = [
    { id: 3, date: '2026-02-10', dueDate: '2026-03-12', balanceCents: 30000 },
    { id: 1, date: '2026-01-05', dueDate: '2026-02-04', balanceCents: 50000 },
    { id: 2, date: '2026-01-20', dueDate: '2026-02-19', balanceCents: 0 },
  ];

  it('pays the oldest due invoices first and keeps the rest as credit', () => {
    expect(allocateOldestFirst(60000, open)).toEqual({ allocations: [{ invoiceId: 1, amountCents: 50000 }, { invoiceId: 3, amountCents: 10000 }], creditCents: 0 });
    expect(allocateOldestFirst(100000, open)).toEqual({ allocations: [{ invoiceId: 1, amountCents: 50000 }, { invoiceId: 3, amountCents: 30000 }], creditCents: 20000 });
  });
});
