import { followInstallments, planStatus } from './installment-status.js';

const plan = [
  { dueDate: '2026-04-15', amountCents: 50000 },
  { dueDate: '2026-03-31', amountCents: 50000 },
  { dueDate: '2026-04-30', amountCents: 20000 },
];

describe('followInstallments', () => {
  it('shows every installment upcoming when nothing was received and no date has passed', () => {
    expect(followInstallments(plan, 0, '2026-03-16').map((i) => [i.dueDate, i.status, i.paidCents])).toEqual([
      ['2026-03-31', 'upcoming', 0],
      ['2026-04-15', 'upcoming', 0],
      ['2026-04-30', 'upcoming', 0],
    ]);
  });

  it('pays the installments cumulatively in date order, the next one partially', () => {
    expect(followInstallments(plan, 70000, '2026-03-20').map((i) => [i.status, i.paidCents])).toEqual([
      ['paid', 50000],
      ['partially_paid', 20000],
      ['upcoming', 0],
    ]);
  });

  it('marks an installment late the day after its date when not fully covered (even partly paid)', () => {
    expect(followInstallments(plan, 0, '2026-03-31')[0].status).toBe('upcoming');
    expect(followInstallments(plan, 0, '2026-04-01')[0].status).toBe('late');
    expect(followInstallments(plan, 60000, '2026-04-16').map((i) => i.status)).toEqual(['paid', 'late', 'upcoming']);
  });

  it('completes the plan when everything is paid, and keeps a cancelled plan cancelled', () => {
    const all = followInstallments(plan, 120000, '2026-05-01');
    expect(all.every((i) => i.status === 'paid')).toBe(true);
    expect(planStatus('active', all)).toBe('completed');
    expect(planStatus('active', followInstallments(plan, 119999, '2026-05-01'))).toBe('active');
    expect(planStatus('cancelled', all)).toBe('cancelled');
  });
});
