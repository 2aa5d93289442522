import { clientFollowUp, invoiceNextStep, LITIGATION_STEP, mostAdvanced, NextStep } from './next-step.js';
import { DEFAULT_RECOVERY_STEPS } from './recovery-steps.js';

const steps = DEFAULT_RECOVERY_STEPS;
const level = (n: 1 | 2 | 3): NextStep => {
  const s = steps[n - 1];
  return { level: s.level, kind: s.kind, label: s.label };
};

describe('invoiceNextStep (default procedure: D+7 e-mail, D+20 letter, D+35 formal notice, litigation at D+50)', () => {
  it('owes nothing before the first delay, nor on or before the due date', () => {
    expect(invoiceNextStep(steps, 0, 0, 50)).toBeNull();
    expect(invoiceNextStep(steps, 0, 6, 50)).toBeNull();
  });

  it('makes level 1 due on the day the invoice is exactly 7 days overdue', () => {
    expect(invoiceNextStep(steps, 0, 7, 50)).toEqual(level(1));
  });

  it('never skips a level: 40 days overdue with nothing sent still asks for level 1', () => {
    expect(invoiceNextStep(steps, 0, 40, 50)).toEqual(level(1));
    expect(invoiceNextStep(steps, 0, 400, 50)).toEqual(level(1));
  });

  it('asks for level 2 after level 1 only once 20 days overdue', () => {
    expect(invoiceNextStep(steps, 1, 19, 50)).toBeNull();
    expect(invoiceNextStep(steps, 1, 20, 50)).toEqual(level(2));
  });

  it('asks for the formal notice after level 2 from 35 days overdue', () => {
    expect(invoiceNextStep(steps, 2, 34, 50)).toBeNull();
    expect(invoiceNextStep(steps, 2, 35, 50)).toEqual(level(3));
  });

  it('proposes litigation after the last level, from litigationAfterDays overdue only', () => {
    expect(invoiceNextStep(steps, 3, 49, 50)).toBeNull();
    expect(invoiceNextStep(steps, 3, 50, 50)).toEqual(LITIGATION_STEP);
    expect(invoiceNextStep(steps, 3, 90, 60)).toEqual(LITIGATION_STEP);
  });

  it('follows a company procedure given in any order, with its own levels', () => {
    const custom = [
      { level: 2, afterDays: 30, kind: 'formal_notice' as const, label: 'Mise en demeure' },
      { level: 1, afterDays: 10, kind: 'letter' as const, label: 'Relance' },
    ];
    expect(invoiceNextStep(custom, 0, 30, 45)).toEqual({ level: 1, kind: 'letter', label: 'Relance' });
    expect(invoiceNextStep(custom, 1, 30, 45)).toEqual({ level: 2, kind: 'formal_notice', label: 'Mise en demeure' });
    expect(invoiceNextStep(custom, 2, 45, 45)).toEqual(LITIGATION_STEP);
  });
});

describe('mostAdvanced', () => {
  it('prefers litigation, then the highest level, and ignores nulls', () => {
    expect(mostAdvanced([null, level(1), level(2)])).toEqual(level(2));
    expect(mostAdvanced([level(3), LITIGATION_STEP, null])).toEqual(LITIGATION_STEP);
    expect(mostAdvanced([null])).toBeNull();
  });
});

describe('clientFollowUp', () => {
  const today = '2026-03-16';
  const base = { today, promisedDate: null, planOnTrack: false, litigationSince: null };

  it('takes the most advanced step due over the invoices and makes the client due today', () => {
    const r = clientFollowUp({ ...base, invoices: [{ nextStep: level(1), deadline: null }, { nextStep: level(2), deadline: '2026-03-01' }, { nextStep: null, deadline: null }] });
    expect(r).toEqual({ nextStep: level(2), dueToday: true });
  });

  it('is not due today while a promise to pay runs (promised date today or later), due again once it is broken', () => {
    const invoices = [{ nextStep: level(2), deadline: null }];
    expect(clientFollowUp({ ...base, invoices, promisedDate: '2026-03-16' }).dueToday).toBe(false);
    expect(clientFollowUp({ ...base, invoices, promisedDate: '2026-03-20' }).dueToday).toBe(false);
    expect(clientFollowUp({ ...base, invoices, promisedDate: '2026-03-15' }).dueToday).toBe(true);
  });

  it('is not due today while a payment plan is on track', () => {
    expect(clientFollowUp({ ...base, planOnTrack: true, invoices: [{ nextStep: level(1), deadline: null }] })).toEqual({ nextStep: level(1), dueToday: false });
  });

  it('waits for the deadline given by the last reminder (inclusive) before the next level', () => {
    expect(clientFollowUp({ ...base, invoices: [{ nextStep: level(2), deadline: '2026-03-16' }] })).toEqual({ nextStep: level(2), dueToday: false });
    expect(clientFollowUp({ ...base, invoices: [{ nextStep: level(2), deadline: '2026-03-15' }] }).dueToday).toBe(true);
    // A waiting invoice does not hide another one that is due: the due one gives the step.
    expect(clientFollowUp({ ...base, invoices: [{ nextStep: level(3), deadline: '2026-03-20' }, { nextStep: level(1), deadline: null }] })).toEqual({ nextStep: level(1), dueToday: true });
  });

  it('has nothing to do for a client in litigation, nor when no step is due', () => {
    expect(clientFollowUp({ ...base, litigationSince: '2026-03-01', invoices: [{ nextStep: LITIGATION_STEP, deadline: null }] })).toEqual({ nextStep: null, dueToday: false });
    expect(clientFollowUp({ ...base, invoices: [{ nextStep: null, deadline: null }] })).toEqual({ nextStep: null, dueToday: false });
  });
});
