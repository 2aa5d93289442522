import { mulDivHalfUp } from '../common/money/money.js';

/**
 * French commercial arithmetic: marge = PV HT − PA HT; taux de marge = marge / PA HT;
 * taux de marque = marge / PV HT. Rates in basis points, half-up.
 */
export function margins(salePriceCents: number, purchasePriceCents: number) {
  const marginCents = salePriceCents - purchasePriceCents;
  return {
    marginCents,
    marginRateBp: purchasePriceCents > 0 ? mulDivHalfUp(marginCents, 10000, purchasePriceCents) : null,
    markRateBp: salePriceCents > 0 ? mulDivHalfUp(marginCents, 10000, salePriceCents) : null,
  };
}
