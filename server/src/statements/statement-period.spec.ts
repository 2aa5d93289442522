import { FieldErrorsException } from '../common/errors/domain.exception.js';
import { statementPeriod } from './statement-period.js';

const errorsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof FieldErrorsException) return e.errors;
    throw e;
  }
  throw new Error('no error');
};

describe('statementPeriod', () => {
  it('runs from 1 January of the scenario year to today by default', () => {
    expect(statementPeriod({}, '2026-03-16')).toEqual({ from: '2026-01-01', to: '2026-03-16' });
    expect(statementPeriod({ from: '', to: '' }, '2026-03-16')).toEqual({ from: '2026-01-01', to: '2026-03-16' });
  });

  it('takes the given dates; a past `to` alone starts on 1 January of its year', () => {
    expect(statementPeriod({ from: '2025-10-01', to: '2026-02-28' }, '2026-03-16')).toEqual({ from: '2025-10-01', to: '2026-02-28' });
    expect(statementPeriod({ to: '2025-12-31' }, '2026-03-16')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(statementPeriod({ from: '2026-03-16', to: '2026-03-16' }, '2026-03-16')).toEqual({ from: '2026-03-16', to: '2026-03-16' });
  });

  it('refuses invalid dates, a `to` after today and a `from` after `to`', () => {
    expect(errorsOf(() => statementPeriod({ from: '2026-02-30' }, '2026-03-16'))).toEqual({ from: 'app.validation.date' });
    expect(errorsOf(() => statementPeriod({ to: '16/03/2026' }, '2026-03-16'))).toEqual({ to: 'app.validation.date' });
    expect(errorsOf(() => statementPeriod({ from: ['2026-01-01', '2026-02-01'] }, '2026-03-16'))).toEqual({ from: 'app.validation.date' });
    expect(errorsOf(() => statementPeriod({ to: '2026-03-17' }, '2026-03-16'))).toEqual({ to: 'app.validation.date_in_future' });
    expect(errorsOf(() => statementPeriod({ from: '2026-03-01', to: '2026-02-01' }, '2026-03-16'))).toEqual({ from: 'app.validation.from_after_to' });
  });
});
