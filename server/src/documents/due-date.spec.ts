import { addDays, dueDate, endOfMonth } from './due-date.js';

describe('dueDate', () => {
  it('is the issue date for payment on receipt', () => {
    expect(dueDate('2026-03-16', 'on_receipt')).toBe('2026-03-16');
  });

  it('counts n days from the invoice date', () => {
    expect(dueDate('2026-03-16', 'net_30')).toBe('2026-04-15');
    expect(dueDate('2026-03-16', 'net_60')).toBe('2026-05-15');
    expect(dueDate('2026-12-20', 'net_15')).toBe('2027-01-04');
  });

  it('counts "45 jours fin de mois" from the end of the invoice month (method A)', () => {
    expect(dueDate('2026-01-15', 'net_45_eom')).toBe('2026-03-17');
    expect(dueDate('2026-01-31', 'net_45_eom')).toBe('2026-03-17');
    expect(dueDate('2026-02-10', 'net_30_eom')).toBe('2026-03-30');
  });

  it('knows month lengths and leap years', () => {
    expect(endOfMonth('2026-02-03')).toBe('2026-02-28');
    expect(endOfMonth('2028-02-03')).toBe('2028-02-29');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
