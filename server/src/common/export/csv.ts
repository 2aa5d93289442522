import { centsToDecimal, ExportCell, ExportTable } from './export-table.js';

/**
 * CSV as French spreadsheets open it: UTF-8 with a BOM, ';' separators, decimal comma, CRLF line
 * ends (RFC 4180 quoting). Text that a spreadsheet would run as a formula (= + - @ at the start) is
 * prefixed with an apostrophe.
 */
export function toCsv(table: ExportTable): Buffer {
  const lines = [table.columns.map((c) => text(c.header)), ...[...table.rows, ...(table.totals ? [table.totals] : [])].map((row) => table.columns.map((c, i) => cell(row[i], c.kind)))];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.map((l) => l.join(';')).join('\r\n') + '\r\n', 'utf8')]);
}

function cell(value: ExportCell | undefined, kind: 'text' | 'money'): string {
  if (value === null || value === undefined || value === '') return '';
  if (kind === 'money') {
    if (typeof value !== 'number') throw new TypeError(`Money cell is not a number of cents: ${value}`);
    return centsToDecimal(value, ',');
  }
  return text(String(value));
}

function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
