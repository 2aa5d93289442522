import type { Exporter, RaRecord } from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';

export interface CsvColumn<T extends RaRecord = RaRecord> {
  /** i18n key of the header; defaults to resources.<resource>.fields.<source>. */
  label?: string;
  source: string;
  /** Text of the cell; defaults to the raw value. */
  value?: (record: T, translate: (key: string, options?: Record<string, unknown>) => string, locale: string) => unknown;
}

const escapeCell = (value: unknown): string => {
  if (value == null) return '';
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Semicolon-separated UTF-8 CSV with BOM: opens cleanly in a French spreadsheet. */
export const downloadCsv = (csv: string, filename: string) => {
  const blob = new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${filename}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/** Exporter with headers in the UI's language (French by default). */
export const makeExporter =
  <T extends RaRecord>(resource: string, columns: CsvColumn<T>[], filename?: string): Exporter<T> =>
  (records) => {
    const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);
    const locale = i18nProvider.getLocale();
    const header = columns.map((column) => translate(column.label ?? `resources.${resource}.fields.${column.source}`));
    const rows = records.map((record) =>
      columns.map((column) =>
        column.value ? column.value(record, translate, locale) : (record as Record<string, unknown>)[column.source],
      ),
    );
    const csv = [header, ...rows].map((row) => row.map(escapeCell).join(';')).join('\r\n');
    const date = new Date().toISOString().slice(0, 10);
    downloadCsv(csv, `${filename ?? resource}-${date}`);
  };

export const enumCell =
  (enumName: string, source: string) =>
  (record: RaRecord, translate: (key: string, options?: Record<string, unknown>) => string) => {
    const value = (record as Record<string, unknown>)[source];
    return value == null || value === '' ? '' : translate(`app.enums.${enumName}.${value}`, { _: String(value) });
  };
