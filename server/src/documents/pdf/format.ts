import { formatBp, formatCents } from '../../common/money/money.js';
import type { AddressModel } from '../document-model.js';

/**
 * Edge formatting for printed documents: money and rates through common/money, dates, quantities,
 * identifiers and addresses. Nothing here computes an amount.
 */
export type Language = 'fr' | 'en';

const WHOLE_EUROS = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }),
};
const QUANTITY = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 }),
};
const LONG_DATE_EN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_DATE_EN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const COUNTRY_NAMES = {
  fr: new Intl.DisplayNames(['fr'], { type: 'region' }),
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
};

/** 123456 → "1 234,56 €" (fr) / "€1,234.56" (en). */
export function money(cents: number, language: Language): string {
  return formatCents(cents, language);
}

/** Whole amounts without decimals (share capital, fixed indemnity): 8000000 → "80 000 €"; otherwise as money(). */
export function moneyShort(cents: number, language: Language): string {
  return cents % 100 === 0 ? WHOLE_EUROS[language].format(cents / 100) : formatCents(cents, language);
}

const RATES = new Map<string, string>();

/** 2000 → "20 %" (fr) / "20%" (en); memoised (formatBp builds a NumberFormat per call). */
export function rate(bp: number, language: Language): string {
  const key = `${language}:${bp}`;
  let text = RATES.get(key);
  if (text === undefined) {
    text = formatBp(bp, language);
    if (RATES.size < 1000) RATES.set(key, text);
  }
  return text;
}

/** "2026-03-16" → "16/03/2026" (fr) / "16 March 2026" (en). */
export function date(iso: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  const [, y, mo, d] = m;
  if (language === 'fr') return `${d}/${mo}/${y}`;
  return LONG_DATE_EN.format(new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))));
}

/** For narrow table columns: "16/03/2026" (fr) / "16 Mar 2026" (en). */
export function shortDate(iso: string, language: Language): string {
  if (language === 'fr') return date(iso, language);
  const [y, mo, d] = iso.slice(0, 10).split('-').map(Number);
  return SHORT_DATE_EN.format(new Date(Date.UTC(y, mo - 1, d)));
}

/** "2026-03-16" → "20260316" (CII format 102). */
export function date102(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  return `${m[1]}${m[2]}${m[3]}`;
}

/** 1.5 → "1,5" (fr) / "1.5" (en); up to 3 decimals. */
export function quantity(q: number, language: Language): string {
  return QUANTITY[language].format(q);
}

/** Grams → "12,5 kg" (fr) / "12.5 kg" (en). */
export function weightKg(grams: number, language: Language): string {
  return `${QUANTITY[language].format(grams / 1000)}\u00a0kg`;
}

/** "864909262" → "864 909 262". */
export function siren(value: string): string {
  const digits = value.replace(/\s/g, '');
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
}

/** "86490926200031" → "864 909 262 00031". */
export function siret(value: string): string {
  const digits = value.replace(/\s/g, '');
  return /^\d{14}$/.test(digits) ? `${siren(digits.slice(0, 9))} ${digits.slice(9)}` : value;
}

export function countryName(code: string, language: Language): string {
  try {
    return COUNTRY_NAMES[language].of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Postal lines of an address; the country is printed when asked (foreign context). */
export function addressLines(address: AddressModel, language: Language, withCountry: boolean): string[] {
  const lines = [address.line1];
  if (address.line2) lines.push(address.line2);
  lines.push(`${address.postcode} ${address.city}`.trim());
  if (withCountry) lines.push(countryName(address.country, language).toUpperCase());
  return lines.filter((l) => l && l.trim().length > 0);
}

/** One-line address: "48 avenue Jean Jaurès, 69007 Lyon". */
export function addressInline(address: AddressModel, language: Language, withCountry: boolean): string {
  return addressLines(address, language, withCountry).join(', ');
}

export function sameAddress(a: AddressModel, b: AddressModel): boolean {
  const n = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  return n(a.line1) === n(b.line1) && n(a.line2) === n(b.line2) && n(a.postcode) === n(b.postcode) && n(a.city) === n(b.city) && n(a.country) === n(b.country);
}
