import { managerDecision } from './manager-decision.js';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('managerDecision', () => {
  const facts = { riskStatus: 'normal' as const, litigationSince: null, creditLimitCents: 800000, overrunCents: 160000, maxOverrunBp: 2000, oldestDaysOverdue: 12, formalNoticeAfterDays: 35 };

  it('approves an overrun up to the share of the limit the company allows (20 % of 8 000 € = 1 600 €)', () => {
    const d = managerDecision(facts);
    expect(d.status).toBe('approved');
    expect(nbsp(d.note)).toBe('Dépassement de 1 600,00 € accepté : il reste dans la tolérance de 20 % du plafond (1 600,00 €).');
  });

  it('refuses one cent more', () => {
    const d = managerDecision({ ...facts, overrunCents: 160001 });
    expect(d.status).toBe('refused');
    expect(d.note).toContain('attendez un règlement du client');
  });

  it('refuses a blocked client or one in litigation whatever the amount', () => {
    expect(managerDecision({ ...facts, overrunCents: 0, riskStatus: 'blocked' }).status).toBe('refused');
    expect(managerDecision({ ...facts, overrunCents: 0, litigationSince: '2026-02-20' })).toEqual({ status: 'refused', note: expect.stringContaining('20/02/2026') });
  });

  it('refuses a client whose unpaid invoices have reached the formal notice stage', () => {
    expect(managerDecision({ ...facts, overrunCents: 100, oldestDaysOverdue: 34 }).status).toBe('approved');
    expect(managerDecision({ ...facts, overrunCents: 100, oldestDaysOverdue: 35 })).toEqual({ status: 'refused', note: expect.stringContaining('35 jours') });
  });

  it('refuses any overrun on a zero limit (payment before delivery)', () => {
    expect(managerDecision({ ...facts, creditLimitCents: 0, overrunCents: 1 }).status).toBe('refused');
  });
});
