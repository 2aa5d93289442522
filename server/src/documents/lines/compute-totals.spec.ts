import { computeTotals, lineNetCents } from './compute-totals.js';

const line = (quantity: number, unitPriceCents: number, vatRateBp = 2000, discountBp = 0) => ({ quantity, unitPriceCents, vatRateBp, discountBp });

describe('lineNetCents', () => {
  it('multiplies quantity by unit price and applies the line discount', () => {
    expect(lineNetCents(line(3, 1250))).toBe(3750);
    expect(lineNetCents(line(2, 28900, 2000, 1000))).toBe(52020);
  });

  it('rounds half-up at the half cent', () => {
    expect(lineNetCents(line(1, 1, 2000, 5000))).toBe(1); // 0.5 cent → 1
    expect(lineNetCents(line(1, 3, 2000, 5000))).toBe(2); // 1.5 cents → 2
    expect(lineNetCents(line(1, 1, 2000, 5100))).toBe(0); // 0.49 cent → 0
  });

  it('handles 3-decimal quantities exactly', () => {
    expect(lineNetCents(line(1.255, 1000))).toBe(1255);
    expect(lineNetCents(line(0.333, 999))).toBe(333); // 332.667 → 333
    expect(lineNetCents(line(2.5, 333))).toBe(833); // 832.5 → 833
  });

  it('gives zero for a 100 % discount and refunds with negative quantities', () => {
    expect(lineNetCents(line(4, 1999, 2000, 10000))).toBe(0);
    expect(lineNetCents(line(-2, 1250))).toBe(-2500);
    expect(lineNetCents(line(-1, 1, 2000, 5000))).toBe(-1);
  });
});

describe('computeTotals', () => {
  it('computes VAT per rate on the sum of line nets, not per line (BR-CO-17)', () => {
    // Three lines of 10.04 € at 20 %: per-line VAT would give 6.03 €, per-rate VAT is 6.02 €.
    const t = computeTotals({ lines: [line(1, 1004), line(1, 1004), line(1, 1004)] });
    expect(t).toMatchObject({ netCents: 3012, vatCents: 602, grossCents: 3614 });
  });

  it('breaks mixed rates down, highest rate first', () => {
    const t = computeTotals({ lines: [line(2, 1990, 550), line(1, 28900, 2000), line(3, 320, 550)] });
    expect(t.vatBreakdown).toEqual([
      { rateBp: 2000, linesCents: 28900, allowanceCents: 0, chargeCents: 0, baseCents: 28900, vatCents: 5780 },
      { rateBp: 550, linesCents: 4940, allowanceCents: 0, chargeCents: 0, baseCents: 4940, vatCents: 272 }, // 271.7
    ]);
    expect(t).toMatchObject({ linesNetCents: 33840, netCents: 33840, vatCents: 6052, grossCents: 39892 });
  });

  it('applies a global discount per rate and adds shipping at its own rate', () => {
    const t = computeTotals({ lines: [line(1, 10000, 2000), line(1, 5000, 550)], globalDiscountBp: 500, shippingCents: 1500, shippingVatRateBp: 2000 });
    expect(t.vatBreakdown).toEqual([
      { rateBp: 2000, linesCents: 10000, allowanceCents: 500, chargeCents: 1500, baseCents: 11000, vatCents: 2200 },
      { rateBp: 550, linesCents: 5000, allowanceCents: 250, chargeCents: 0, baseCents: 4750, vatCents: 261 }, // 261.25
    ]);
    expect(t).toMatchObject({ allowanceCents: 750, chargeCents: 1500, netCents: 15750, vatCents: 2461, grossCents: 18211 });
  });

  it('charges no VAT on an exempt document (intra-EU supply, export)', () => {
    const t = computeTotals({ lines: [line(2, 28900, 2000), line(1, 1990, 550)], exempt: true, shippingCents: 2500 });
    expect(t.vatBreakdown).toEqual([{ rateBp: 0, linesCents: 59790, allowanceCents: 0, chargeCents: 2500, baseCents: 62290, vatCents: 0 }]);
    expect(t).toMatchObject({ netCents: 62290, vatCents: 0, grossCents: 62290 });
  });

  it('deducts a deposit with negative lines and keeps totals consistent', () => {
    const t = computeTotals({ lines: [line(10, 28900), line(-1, 86700)] });
    expect(t).toMatchObject({ netCents: 202300, vatCents: 40460, grossCents: 242760 });
  });

  it('gives zeros for an empty document', () => {
    expect(computeTotals({ lines: [] })).toEqual({ lineNets: [], linesNetCents: 0, allowanceCents: 0, chargeCents: 0, netCents: 0, vatCents: 0, grossCents: 0, vatBreakdown: [] });
  });
});
