import { checkLabel, creditVerdict, CreditVerdictInput, figuresSentence, refusalMessage } from './credit-verdict.js';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('creditVerdict', () => {
  const base: CreditVerdictInput = {
    creditLimitCents: 800000, outstandingCents: 745000, orderGrossCents: 120000, riskStatus: 'normal', litigationSince: null,
    policy: 'approval', acknowledged: false, approvals: [],
  };

  it('passes within the limit, and without a limit', () => {
    expect(creditVerdict({ ...base, orderGrossCents: 55000 })).toMatchObject({ ok: true, status: 'passed', figures: { projectedCents: 800000, overrunCents: 0 } });
    expect(creditVerdict({ ...base, creditLimitCents: null })).toMatchObject({ ok: true, status: 'passed' });
  });

  it('gives the figures of an overrun', () => {
    expect(creditVerdict(base).figures).toEqual({
      creditLimitCents: 800000, outstandingCents: 745000, orderGrossCents: 120000, projectedCents: 865000, overrunCents: 65000, riskStatus: 'normal', policy: 'approval',
    });
  });

  it('follows the delegation policy on an overrun', () => {
    expect(creditVerdict(base)).toMatchObject({ ok: false, code: 'CREDIT_LIMIT_EXCEEDED', actions: ['request_approval'] });
    expect(creditVerdict({ ...base, policy: 'block' })).toMatchObject({ ok: false, code: 'CREDIT_LIMIT_EXCEEDED', actions: [] });
    expect(creditVerdict({ ...base, policy: 'acknowledge' })).toMatchObject({ ok: false, code: 'CREDIT_LIMIT_EXCEEDED', actions: ['acknowledge'] });
    expect(creditVerdict({ ...base, policy: 'acknowledge', acknowledged: true })).toMatchObject({ ok: true, status: 'acknowledged' });
    // An acknowledgement is not an approval.
    expect(creditVerdict({ ...base, acknowledged: true })).toMatchObject({ ok: false, code: 'CREDIT_LIMIT_EXCEEDED' });
  });

  it("lets an approved order through, for at most the amount approved", () => {
    const approved = { status: 'approved' as const, orderGrossCents: 120000, overrunCents: 65000 };
    expect(creditVerdict({ ...base, approvals: [approved] })).toMatchObject({ ok: true, status: 'approved' });
    expect(creditVerdict({ ...base, orderGrossCents: 130000, approvals: [approved] })).toMatchObject({ ok: false, code: 'CREDIT_LIMIT_EXCEEDED' });
  });

  it('waits for a pending request, and keeps a refusal while the situation is not better', () => {
    expect(creditVerdict({ ...base, approvals: [{ status: 'pending', orderGrossCents: 120000, overrunCents: 65000 }] })).toMatchObject({ ok: false, code: 'CREDIT_APPROVAL_PENDING', actions: [] });
    const refused = { status: 'refused' as const, orderGrossCents: 120000, overrunCents: 65000 };
    expect(creditVerdict({ ...base, approvals: [refused] })).toMatchObject({ ok: false, code: 'CREDIT_APPROVAL_REFUSED', actions: [] });
    expect(creditVerdict({ ...base, outstandingCents: 700000, approvals: [refused] })).toMatchObject({ ok: false, code: 'CREDIT_LIMIT_EXCEEDED', actions: ['request_approval'] });
  });

  it('refuses a blocked client or one in litigation even within the limit, unless approved', () => {
    const small = { ...base, orderGrossCents: 1000 };
    expect(creditVerdict({ ...small, riskStatus: 'blocked' })).toMatchObject({ ok: false, code: 'CLIENT_BLOCKED', actions: ['request_approval'] });
    expect(creditVerdict({ ...small, litigationSince: '2026-03-02', policy: 'acknowledge', acknowledged: true })).toMatchObject({ ok: false, code: 'CLIENT_BLOCKED', actions: ['request_approval'] });
    expect(creditVerdict({ ...small, riskStatus: 'blocked', policy: 'block' })).toMatchObject({ ok: false, code: 'CLIENT_BLOCKED', actions: [] });
    expect(creditVerdict({ ...small, riskStatus: 'blocked', approvals: [{ status: 'approved', orderGrossCents: 1000, overrunCents: 0 }] })).toMatchObject({ ok: true, status: 'approved' });
  });
});

describe('credit check texts', () => {
  const overrun = creditVerdict({
    creditLimitCents: 800000, outstandingCents: 745000, orderGrossCents: 120000, riskStatus: 'normal', litigationSince: null, policy: 'approval', acknowledged: false, approvals: [],
  });

  it('states the figures in euros, French style', () => {
    expect(nbsp(figuresSentence(overrun.figures))).toBe('Encours 7 450,00 € + commande 1 200,00 € = 8 650,00 € pour un plafond de 8 000,00 € : dépassement de 650,00 €.');
  });

  it('says what to do next', () => {
    if (overrun.ok) throw new Error('expected a refusal');
    expect(refusalMessage(overrun, { name: 'Alpha', litigationSince: null })).toContain("envoyez-lui une demande d'accord");
    const blocked = creditVerdict({ ...overrun.figures, riskStatus: 'blocked', litigationSince: '2026-03-02', acknowledged: false, approvals: [] });
    if (blocked.ok) throw new Error('expected a refusal');
    expect(refusalMessage(blocked, { name: 'Alpha', litigationSince: '2026-03-02' })).toMatch(/^Le client Alpha est en contentieux depuis le 02\/03\/2026/);
  });

  it('labels the journal entry with the figures and the outcome', () => {
    expect(nbsp(checkLabel('Alpha', overrun))).toBe(
      "Contrôle d'encours Alpha : Encours 7 450,00 € + commande 1 200,00 € = 8 650,00 € pour un plafond de 8 000,00 € : dépassement de 650,00 €. → validation refusée",
    );
  });
});
