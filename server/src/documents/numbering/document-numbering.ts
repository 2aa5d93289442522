import { EntityManager } from 'typeorm';
import { DocumentSequence } from './document-sequence.entity.js';

export const PREFIXES = {
  quote: 'DEV',
  order: 'CMD',
  'delivery-note': 'BL',
  invoice: 'FA',
  'credit-note': 'AV',
} as const;
export type NumberedType = keyof typeof PREFIXES;

export function formatNumber(type: NumberedType, year: number, value: number): string {
  return `${PREFIXES[type]}-${year}-${String(value).padStart(4, '0')}`;
}

/**
 * The next number of a type for the year of `date`, inside the caller's write transaction: the
 * sandbox queue serialises writers, and the increment and the document's validation commit together,
 * so the sequence is gapless. Invoices and deposit invoices share the FA series (legal-fr §1.4).
 */
export async function nextNumber(em: EntityManager, type: NumberedType, date: string): Promise<string> {
  const year = Number(date.slice(0, 4));
  const row = await em.findOneBy(DocumentSequence, { type, year });
  const value = (row?.lastValue ?? 0) + 1;
  if (row) await em.update(DocumentSequence, { type, year }, { lastValue: value });
  else await em.insert(DocumentSequence, { type, year, lastValue: value });
  return formatNumber(type, year, value);
}
