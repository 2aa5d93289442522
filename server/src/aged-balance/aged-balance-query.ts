import { FieldErrorsException } from '../common/errors/domain.exception.js';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** ?clientId= (optional, one client) and, for the export, ?format=csv|xlsx (csv when absent). */
export function parseAgedBalanceQuery(query: Record<string, unknown>, { download = false } = {}): { clientId: number | null; format: ExportFormat } {
  const errors: Record<string, string> = {};
  const rawClient = query.clientId;
  let clientId: number | null = null;
  if (rawClient !== undefined && rawClient !== '') {
    if (typeof rawClient === 'string' && /^[1-9]\d{0,9}$/.test(rawClient)) clientId = Number(rawClient);
    else errors.clientId = 'app.validation.integer';
  }
  const rawFormat = download ? (query.format ?? 'csv') : 'csv';
  if (!EXPORT_FORMATS.includes(rawFormat as ExportFormat)) errors.format = 'app.validation.choice';
  if (Object.keys(errors).length) throw new FieldErrorsException(errors);
  return { clientId, format: rawFormat as ExportFormat };
}
