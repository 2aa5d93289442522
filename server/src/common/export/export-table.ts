/**
 * A table to download (CSV or XLSX): typed columns, data rows and an optional totals row. Money
 * cells hold integer cents; the writers turn them into euros with two decimals, never via floats.
 */
export interface ExportColumn {
  header: string;
  /** Column width in characters (XLSX). */
  width: number;
  kind: 'text' | 'money';
}

export type ExportCell = string | number | null;

export interface ExportTable {
  /** Worksheet name (XLSX): at most 31 characters, none of \ / ? * [ ] :. */
  sheetName: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
  /** Printed last, in bold (XLSX). */
  totals?: ExportCell[];
}

/** -123456 → "-1234.56" (or "-1234,56"): the exact decimal text of an amount in cents. */
export function centsToDecimal(cents: number, separator: '.' | ',' = '.'): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an amount in cents: ${cents}`);
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}${separator}${String(abs % 100).padStart(2, '0')}`;
}
