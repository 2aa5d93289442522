import { FieldErrorsException } from '../errors/domain.exception.js';
import { fold, MAX_PAGE_SIZE, parseListQuery } from './list-query.js';

describe('parseListQuery (ra-data-simple-rest dialect)', () => {
  it('reads sort, range and filter from JSON strings', () => {
    expect(parseListQuery({ sort: '["name","desc"]', range: '[25,49]', filter: '{"role":"client","q":"lyon"}' })).toEqual({
      sort: { field: 'name', order: 'DESC' },
      range: { start: 25, end: 49 },
      filter: { role: 'client', q: 'lyon' },
    });
  });

  it('defaults to the first 25 rows in the given order', () => {
    expect(parseListQuery({}, ['reference', 'ASC'])).toEqual({ sort: { field: 'reference', order: 'ASC' }, range: { start: 0, end: 24 }, filter: {} });
  });

  it('takes a top-level q when the filter has none', () => {
    expect(parseListQuery({ q: 'dupont' }).filter).toEqual({ q: 'dupont' });
    expect(parseListQuery({ q: 'x', filter: '{"q":"y"}' }).filter).toEqual({ q: 'y' });
  });

  it('caps a page at MAX_PAGE_SIZE rows', () => {
    expect(parseListQuery({ range: '[0,999999]' }).range).toEqual({ start: 0, end: MAX_PAGE_SIZE - 1 });
  });

  it.each([
    ['sort', 'name'],
    ['sort', '["name","sideways"]'],
    ['range', '[10,5]'],
    ['range', '[-1,5]'],
    ['range', '[0]'],
    ['range', '[0.5,3]'],
    ['filter', '[1,2]'],
    ['filter', 'null'],
    ['filter', '{oops'],
  ])('refuses %s=%s with a 422 on that parameter', (name, value) => {
    expect.assertions(2);
    try {
      parseListQuery({ [name]: value });
    } catch (e) {
      expect(e).toBeInstanceOf(FieldErrorsException);
      expect((e as FieldErrorsException).errors).toEqual({ [name]: 'app.validation.invalid' });
    }
  });

  it('folds case and French accents for free-text search', () => {
    expect(fold('Élodie CŒUR à Orléans')).toBe('elodie cœur a orleans');
  });
});
