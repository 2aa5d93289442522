import { ExportTable } from '../common/export/export-table.js';
import { AgedBalance } from './aged-balance-report.js';

/** The aged balance as a table to download: French headers, one line per client, a totals line. */
export function agedBalanceTable(report: AgedBalance): ExportTable {
  const money = (header: string) => ({ header, width: 14, kind: 'money' as const });
  return {
    sheetName: 'Balance âgée',
    columns: [
      { header: 'Code client', width: 12, kind: 'text' },
      { header: 'Client', width: 36, kind: 'text' },
      money('Non échu'),
      money('1–30 j'),
      money('31–60 j'),
      money('61–90 j'),
      money('> 90 j'),
      money('Total'),
    ],
    rows: report.rows.map((r) => [r.clientCode, r.clientName, r.notDueCents, r.d1to30Cents, r.d31to60Cents, r.d61to90Cents, r.over90Cents, r.totalCents]),
    totals: ['', 'Total', report.totals.notDueCents, report.totals.d1to30Cents, report.totals.d31to60Cents, report.totals.d61to90Cents, report.totals.over90Cents, report.totals.totalCents],
  };
}

/** balance-agee-2026-03-16.csv */
export function agedBalanceFileName(date: string, format: 'csv' | 'xlsx'): string {
  return `balance-agee-${date}.${format}`;
}
