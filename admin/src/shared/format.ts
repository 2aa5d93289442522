// Formatting at the edges only: money is integer cents, rates basis points (see DESIGN.md).
import { intlLocale } from '../i18n/i18nProvider';

const moneyFormats = new Map<string, Intl.NumberFormat>();
export const formatMoney = (cents: number | null | undefined, locale = 'fr'): string => {
  if (cents == null || Number.isNaN(cents)) return '';
  const tag = intlLocale(locale);
  let format = moneyFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' });
    moneyFormats.set(tag, format);
  }
  return format.format(cents / 100);
};

/** Cents → text for editing: "1234,50" in French, "1234.50" in English (no grouping). */
export const centsToInput = (cents: unknown, locale = 'fr'): string => {
  if (typeof cents !== 'number' || !Number.isFinite(cents)) return '';
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${euros}${locale === 'en' ? '.' : ','}${rest}`;
};

/**
 * Text typed by the user → cents. Accepts "12,5", "12.50", "1 234,56 €", "1.234,56", "1,234.56".
 * Returns null for an empty text and undefined when the text is not an amount.
 */
export const parseEuros = (text: string): number | null | undefined => {
  let value = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (value === '') return null;
  const lastComma = value.lastIndexOf(',');
  const lastDot = value.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the last one is the decimal separator, the other one groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    const grouping = decimal === ',' ? '.' : ',';
    value = value.split(grouping).join('');
    if (decimal === ',') value = value.replace(',', '.');
  } else {
    value = value.replace(',', '.');
  }
  const match = /^(-?)(\d+)(?:\.(\d{0,2}))?$/.exec(value) ?? /^(-?)()\.(\d{1,2})$/.exec(value);
  if (!match) return undefined;
  const [, sign, units, fraction = ''] = match;
  const cents = Number(units || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return undefined;
  return sign === '-' ? -cents : cents;
};

/** Basis points → "20 %", "5,5 %" (fr) or "20%", "5.5%" (en). */
export const formatRate = (bp: number | null | undefined, locale = 'fr'): string => {
  if (bp == null || Number.isNaN(bp)) return '';
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10000);
};

export const formatQuantity = (quantity: number | null | undefined, locale = 'fr', signed = false): string => {
  if (quantity == null || Number.isNaN(quantity)) return '';
  return new Intl.NumberFormat(intlLocale(locale), {
    maximumFractionDigits: 3,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(quantity);
};

const toDate = (value: string | Date | null | undefined): Date | null => {
  if (!value) return null;
  // A plain date (YYYY-MM-DD) is a calendar day: read it in UTC so that it never shifts.
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

export const formatDate = (value: string | Date | null | undefined, locale = 'fr'): string => {
  const date = toDate(value);
  if (!date) return '';
  const plain = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(plain ? { timeZone: 'UTC' } : {}),
  }).format(date);
};

export const formatDateTime = (value: string | Date | null | undefined, locale = 'fr'): string => {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
};

export const formatTime = (value: string | Date | null | undefined, locale = 'fr'): string => {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit' }).format(date);
};

/** "lundi 16 mars 2026" from a scenario day (YYYY-MM-DD) or an ISO date-time. */
export const formatLongDate = (value: string | null | undefined, locale = 'fr'): string => {
  const date = toDate(value);
  if (!date) return '';
  const plain = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(plain ? { timeZone: 'UTC' } : {}),
  }).format(date);
};

/** 150 → "2 h 30" (fr) / "2 h 30 min" style; keeps it short. */
export const formatDuration = (minutes: number | null | undefined): string => {
  if (minutes == null || Number.isNaN(minutes)) return '';
  if (minutes >= 1440 && minutes % 1440 === 0) return `${minutes / 1440} j`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return `${h} h ${String(m).padStart(2, '0')}`;
};

/** DataTable cellSx: keep a data cell on one line (headers may still wrap). */
export const nowrap = () => ({ whiteSpace: 'nowrap' as const });

/**
 * Text typed by the user → a quantity (≤ 3 decimals): "2", "2,5", "1 000". Null when empty,
 * undefined when not a quantity.
 */
export const parseQuantityText = (text: string): number | null | undefined => {
  const value = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (value === '') return null;
  if (!/^-?\d+(\.\d{0,3})?$/.test(value) && !/^-?\.\d{1,3}$/.test(value)) return undefined;
  return Number(value);
};

/** A quantity → text for editing: "2,5" (fr) or "2.5" (en), no grouping. */
export const quantityToInput = (quantity: unknown, locale = 'fr'): string => {
  if (typeof quantity !== 'number' || !Number.isFinite(quantity)) return '';
  const text = String(Math.round(quantity * 1000) / 1000);
  return locale === 'en' ? text : text.replace('.', ',');
};

/** "7,5" (%) → 750 basis points; null when empty, undefined when not a percentage (0–100, ≤ 2 decimals). */
export const parsePercentText = (text: string): number | null | undefined => {
  const value = text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  if (value === '') return null;
  const match = /^(\d{1,3})(?:\.(\d{0,2}))?$/.exec(value);
  if (!match) return undefined;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp > 10000 ? undefined : bp;
};

/** 750 basis points → "7,5" (fr) / "7.5" (en), for editing. */
export const bpToInput = (bp: unknown, locale = 'fr'): string => {
  if (typeof bp !== 'number' || !Number.isFinite(bp)) return '';
  const text = String(bp / 100);
  return locale === 'en' ? text : text.replace('.', ',');
};

/** Grams → "12,5 kg". */
export const formatWeight = (grams: number | null | undefined, locale = 'fr'): string => {
  if (grams == null || Number.isNaN(grams)) return '';
  return `${new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 3 }).format(grams / 1000)} kg`;
};
