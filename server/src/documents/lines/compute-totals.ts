import { toMilli } from '../../common/quantity.js';

/**
 * The one place where document amounts are computed (EN 16931 / legal-fr §1.9): integer cents,
 * line net = round(qty × unit price × (1 − discount)), document allowance (global discount) and
 * shipping charge per VAT rate, VAT per rate on the rate's base (BR-CO-17), half-up rounding.
 */
export interface LineInput {
  quantity: number;
  unitPriceCents: number;
  discountBp: number;
  vatRateBp: number;
}

export interface DocumentInput {
  lines: LineInput[];
  /** Discount on the whole document, in basis points, applied to each VAT rate's base. */
  globalDiscountBp?: number;
  /** Shipping costs HT, with their own VAT rate. */
  shippingCents?: number;
  shippingVatRateBp?: number;
  /** Exempt documents (intra-EU supply, export) carry no VAT whatever the lines' rates. */
  exempt?: boolean;
}

export interface VatBreakdownLine {
  rateBp: number;
  /** Sum of the line nets at this rate. */
  linesCents: number;
  /** Global discount taken from this rate's lines. */
  allowanceCents: number;
  /** Shipping charged at this rate. */
  chargeCents: number;
  /** linesCents − allowanceCents + chargeCents: the taxable base (BT-116). */
  baseCents: number;
  vatCents: number;
}

export interface Totals {
  lineNets: number[];
  linesNetCents: number;
  allowanceCents: number;
  chargeCents: number;
  netCents: number;
  vatCents: number;
  grossCents: number;
  vatBreakdown: VatBreakdownLine[];
}

/** round(n / d) half away from zero, on BigInts. */
function divHalfUp(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  if ((r < 0n ? -r : r) * 2n >= d) return q + (n < 0n ? -1n : 1n);
  return q;
}

/** round(quantity × unit price × (10000 − discount) / 10000), exact for 3-decimal quantities. */
export function lineNetCents(line: LineInput): number {
  const n = BigInt(toMilli(line.quantity)) * BigInt(line.unitPriceCents) * BigInt(10000 - line.discountBp);
  return Number(divHalfUp(n, 10_000_000n));
}

export function computeTotals(doc: DocumentInput): Totals {
  const globalDiscountBp = doc.globalDiscountBp ?? 0;
  const shippingCents = doc.shippingCents ?? 0;
  const rateOf = (rate: number) => (doc.exempt ? 0 : rate);
  const lineNets = doc.lines.map(lineNetCents);
  const byRate = new Map<number, VatBreakdownLine>();
  const entry = (rateBp: number) => {
    let e = byRate.get(rateBp);
    if (!e) byRate.set(rateBp, (e = { rateBp, linesCents: 0, allowanceCents: 0, chargeCents: 0, baseCents: 0, vatCents: 0 }));
    return e;
  };
  doc.lines.forEach((line, i) => (entry(rateOf(line.vatRateBp)).linesCents += lineNets[i]));
  if (shippingCents) entry(rateOf(doc.shippingVatRateBp ?? 2000)).chargeCents += shippingCents;
  const breakdown = [...byRate.values()].sort((a, b) => b.rateBp - a.rateBp);
  for (const e of breakdown) {
    e.allowanceCents = Number(divHalfUp(BigInt(e.linesCents) * BigInt(globalDiscountBp), 10_000n));
    e.baseCents = e.linesCents - e.allowanceCents + e.chargeCents;
    e.vatCents = Number(divHalfUp(BigInt(e.baseCents) * BigInt(e.rateBp), 10_000n));
  }
  const sum = (f: (e: VatBreakdownLine) => number) => breakdown.reduce((s, e) => s + f(e), 0);
  const netCents = sum((e) => e.baseCents);
  const vatCents = sum((e) => e.vatCents);
  return {
    lineNets,
    linesNetCents: lineNets.reduce((s, n) => s + n, 0),
    allowanceCents: sum((e) => e.allowanceCents),
    chargeCents: sum((e) => e.chargeCents),
    netCents,
    vatCents,
    grossCents: netCents + vatCents,
    vatBreakdown: breakdown,
  };
}
