"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.margins = margins;
const money_js_1 = require("../common/money/money.js");
/**
 * French commercial arithmetic: marge = PV HT − PA HT; taux de marge = marge / PA HT;
 * taux de marque = marge / PV HT. Rates in basis points, half-up.
 */
function margins(salePriceCents, purchasePriceCents) {
    const marginCents = salePriceCents - purchasePriceCents;
    return {
        marginCents,
        marginRateBp: purchasePriceCents > 0 ? (0, money_js_1.mulDivHalfUp)(marginCents, 10000, purchasePriceCents) : null,
        markRateBp: salePriceCents > 0 ? (0, money_js_1.mulDivHalfUp)(marginCents, 10000, salePriceCents) : null,
    };
}
//# sourceMappingURL=margins.js.map