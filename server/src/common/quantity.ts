import { ValueTransformer } from 'typeorm';
import { decimalToUnits } from './money/money.js';

/**
 * Quantities carry up to 3 decimals. They are stored as integer thousandths so that sums
 * in SQL stay exact, and exposed as plain numbers (1.25) to the API and the domain.
 */
export const QUANTITY_SCALE = 1000;

export function toMilli(quantity: number): number {
  return decimalToUnits(quantity, 3);
}

export function fromMilli(milli: number): number {
  return milli / QUANTITY_SCALE;
}

export const quantityTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : toMilli(value)),
  from: (value: number | null) => (value === null ? null : fromMilli(value)),
};
