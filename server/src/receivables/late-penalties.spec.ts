import { halfYearRates, latePenalties } from './late-penalties.js';

const fixed = (bp: number) => () => bp;

describe('latePenalties (legal-fr §3.3)', () => {
  it('matches the worked example: 2 400 € TTC due 16/03/2026, computed 30/04/2026 at 12.15 % → 35.95 €', () => {
    const r = latePenalties({ grossCents: 240000, dueDate: '2026-03-16', payments: [], on: '2026-04-30', rateBpOn: fixed(1215), b2b: true });
    expect(r).toMatchObject({ daysLate: 45, balanceCents: 240000, penaltyCents: 3595, indemnityCents: 4000, totalClaimedCents: 247595 });
    expect(r.segments).toEqual([{ from: '2026-03-17', to: '2026-04-30', days: 45, baseCents: 240000, rateBp: 1215 }]);
  });

  it('gives the legal floor figure at 3 × the legal interest rate (7.86 % → 23.26 €)', () => {
    expect(latePenalties({ grossCents: 240000, dueDate: '2026-03-16', payments: [], on: '2026-04-30', rateBpOn: fixed(786), b2b: true }).penaltyCents).toBe(2326);
  });

  it('never adds the 40 € indemnity for a consumer (B2C)', () => {
    const r = latePenalties({ grossCents: 240000, dueDate: '2026-03-16', payments: [], on: '2026-04-30', rateBpOn: fixed(1215), b2b: false });
    expect(r).toMatchObject({ penaltyCents: 3595, indemnityCents: 0, totalClaimedCents: 243595 });
  });

  it('reduces the base from the date of a partial payment made half-way', () => {
    // 1 000 € paid on 08/04/2026: 2 400 € for 17/03–07/04 (22 days), 1 400 € for 08/04–30/04 (23 days).
    const r = latePenalties({ grossCents: 240000, dueDate: '2026-03-16', payments: [{ date: '2026-04-08', amountCents: 100000 }], on: '2026-04-30', rateBpOn: fixed(1215), b2b: true });
    expect(r.segments).toEqual([
      { from: '2026-03-17', to: '2026-04-07', days: 22, baseCents: 240000, rateBp: 1215 },
      { from: '2026-04-08', to: '2026-04-30', days: 23, baseCents: 140000, rateBp: 1215 },
    ]);
    // (2 400 € × 22 + 1 400 € × 23) × 12.15 % / 365 = 28.2945… € → 28.29 €
    expect(r).toMatchObject({ balanceCents: 140000, penaltyCents: 2829, totalClaimedCents: 140000 + 2829 + 4000 });
  });

  it('changes the rate on 1 July (half-year table)', () => {
    const rates = halfYearRates({ '2026-H1': 1215, '2026-H2': 1165 }, 1215);
    const r = latePenalties({ grossCents: 100000, dueDate: '2026-06-20', payments: [], on: '2026-07-10', rateBpOn: rates, b2b: true });
    expect(r.segments).toEqual([
      { from: '2026-06-21', to: '2026-06-30', days: 10, baseCents: 100000, rateBp: 1215 },
      { from: '2026-07-01', to: '2026-07-10', days: 10, baseCents: 100000, rateBp: 1165 },
    ]);
    // 1 000 € × (12.15 % × 10 + 11.65 % × 10) / 365 = 6.5205… € → 6.52 €
    expect(r.penaltyCents).toBe(652);
  });

  it('owes nothing before or on the due date, and nothing once fully paid on time', () => {
    expect(latePenalties({ grossCents: 50000, dueDate: '2026-03-16', payments: [], on: '2026-03-16', rateBpOn: fixed(1215), b2b: true })).toMatchObject({ daysLate: 0, penaltyCents: 0, indemnityCents: 0, totalClaimedCents: 50000 });
    expect(latePenalties({ grossCents: 50000, dueDate: '2026-03-16', payments: [{ date: '2026-03-10', amountCents: 50000 }], on: '2026-04-30', rateBpOn: fixed(1215), b2b: true })).toMatchObject({ balanceCents: 0, penaltyCents: 0, segments: [] });
  });
});
