import { decimalToUnits, eurosToCents, formatBp, formatCents, mulDivHalfUp, percentToBp } from './money.js';

describe('money helpers', () => {
  it('converts euros to cents without float drift', () => {
    expect(eurosToCents(0.1 + 0.2)).toBe(30);
    expect(eurosToCents(19.99)).toBe(1999);
    expect(eurosToCents(1.005)).toBe(101);
    expect(eurosToCents('1 234,56')).toBe(123456);
    expect(eurosToCents('1234.565')).toBe(123457);
    expect(eurosToCents(-12.5)).toBe(-1250);
    expect(eurosToCents(0)).toBe(0);
  });

  it('refuses what is not a finite decimal', () => {
    expect(() => eurosToCents(Number.NaN)).toThrow(RangeError);
    expect(() => eurosToCents(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => eurosToCents('12,3,4')).toThrow(RangeError);
    expect(() => eurosToCents('douze')).toThrow(RangeError);
    expect(() => eurosToCents('1e400')).toThrow(RangeError);
  });

  it('converts percentages to basis points and quantities to thousandths', () => {
    expect(percentToBp(20)).toBe(2000);
    expect(percentToBp(5.5)).toBe(550);
    expect(percentToBp('12,15')).toBe(1215);
    expect(decimalToUnits(2.5, 3)).toBe(2500);
    expect(decimalToUnits('0.0005', 3)).toBe(1);
  });

  it('rounds a × b / c half-up on integers, both signs', () => {
    expect(mulDivHalfUp(1999, 2000, 10000)).toBe(400); // 399.8
    expect(mulDivHalfUp(25, 1, 10)).toBe(3); // 2.5 → 3
    expect(mulDivHalfUp(-25, 1, 10)).toBe(-3);
    expect(mulDivHalfUp(24, 1, 10)).toBe(2);
    expect(mulDivHalfUp(1, 550, 10000)).toBe(0); // 0.055
    expect(mulDivHalfUp(10, 550, 10000)).toBe(1); // 0.55
    expect(mulDivHalfUp(Number.MAX_SAFE_INTEGER, 2, 2)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('formats in French and English', () => {
    expect(formatCents(123456)).toBe('1\u202f234,56\u00a0€');
    expect(formatCents(123456, 'en')).toBe('€1,234.56');
    expect(formatBp(550)).toBe('5,5\u00a0%');
    expect(formatBp(2000, 'en')).toBe('20%');
  });
});
