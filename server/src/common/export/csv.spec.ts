import { toCsv } from './csv.js';
import { centsToDecimal, ExportTable } from './export-table.js';

const table: ExportTable = {
  sheetName: 'Test',
  columns: [
    { header: 'Client', width: 20, kind: 'text' },
    { header: 'Montant', width: 12, kind: 'money' },
  ],
  rows: [
    ['Dupont; fils', 123456],
    ['Le "Bon" Coin', -5],
    ['=HYPERLINK("x")', 0],
    [null, null],
  ],
  totals: ['Total', 123451],
};

describe('toCsv', () => {
  const csv = toCsv(table);

  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = csv.subarray(3).toString('utf8');
    expect(body.endsWith('\r\n')).toBe(true);
    expect(body.split('\r\n')).toHaveLength(7);
  });

  it("separates with ';', writes amounts with a decimal comma and quotes what needs it", () => {
    expect(csv.subarray(3).toString('utf8').split('\r\n')).toEqual([
      'Client;Montant',
      '"Dupont; fils";1234,56',
      '"Le ""Bon"" Coin";-0,05',
      `"'=HYPERLINK(""x"")";0,00`,
      ';',
      'Total;1234,51',
      '',
    ]);
  });
});

describe('centsToDecimal', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [-5, '-0.05'],
    [100, '1.00'],
    [123456, '1234.56'],
    [-100000001, '-1000000.01'],
  ])('%i cents → %s', (cents, text) => {
    expect(centsToDecimal(cents)).toBe(text);
  });

  it('refuses what is not an integer number of cents', () => {
    expect(() => centsToDecimal(1.5)).toThrow(RangeError);
  });
});
