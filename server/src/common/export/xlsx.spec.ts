import { strFromU8, unzipSync } from 'fflate';
import { ExportTable } from './export-table.js';
import { ref, toXlsx } from './xlsx.js';

const table: ExportTable = {
  sheetName: 'Balance âgée',
  columns: [
    { header: 'Client', width: 30, kind: 'text' },
    { header: 'Total', width: 14, kind: 'money' },
  ],
  rows: [
    ['Dupont & fils <SA>', 123456],
    ['Avoir', -5],
  ],
  totals: ['Total', 123451],
};

describe('toXlsx', () => {
  const files = unzipSync(new Uint8Array(toXlsx(table)));
  const text = (name: string) => strFromU8(files[name]);

  it('is a zip holding the parts of a one-sheet workbook', () => {
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(text('[Content_Types].xml')).toContain('/xl/worksheets/sheet1.xml');
    expect(text('xl/workbook.xml')).toContain('<sheet name="Balance âgée" sheetId="1" r:id="rId1"/>');
  });

  it('writes money as numeric cells in euros with the "#,##0.00 €" format, text inline and escaped', () => {
    const sheet = text('xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="A1" t="inlineStr" s="1"><is><t>Client</t></is></c>');
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t>Dupont &amp; fils &lt;SA&gt;</t></is></c>');
    expect(sheet).toContain('<c r="B2" s="3"><v>1234.56</v></c>');
    expect(sheet).toContain('<c r="B3" s="3"><v>-0.05</v></c>');
    expect(sheet).toContain('<c r="B4" s="5"><v>1234.51</v></c>');
    expect(sheet).toContain('<dimension ref="A1:B4"/>');
    expect(sheet).toContain('<col min="1" max="1" width="30" customWidth="1"/>');
    expect(text('xl/styles.xml')).toContain('<numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/>');
  });

  it('gives the same bytes for the same table', () => {
    expect(toXlsx(table).equals(toXlsx(table))).toBe(true);
  });

  it.each([
    [0, 1, 'A1'],
    [25, 2, 'Z2'],
    [26, 3, 'AA3'],
    [27, 1, 'AB1'],
    [701, 9, 'ZZ9'],
    [702, 9, 'AAA9'],
  ])('names column %i row %i %s', (c, r, name) => {
    expect(ref(c, r)).toBe(name);
  });
});
