"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.managerDecision = managerDecision;
const money_js_1 = require("../common/money/money.js");
const credit_verdict_js_1 = require("../receivables/credit-verdict.js");
/**
 * The manager's answer to a credit-overrun request, by the company's rule: no new order for a
 * blocked client or one in litigation; otherwise yes when the overrun is at most
 * limit × maxOverrunBp / 10 000.
 */
function managerDecision(f) {
    if (f.litigationSince)
        return { status: 'refused', note: `Client en contentieux depuis le ${(0, credit_verdict_js_1.frDate)(f.litigationSince)} : aucune nouvelle commande avant le règlement du litige.` };
    if (f.riskStatus === 'blocked')
        return { status: 'refused', note: "Client bloqué : aucune nouvelle commande tant que son compte n'est pas régularisé." };
    if (f.creditLimitCents === null)
        return { status: 'approved', note: "Aucun plafond d'encours n'est fixé pour ce client." };
    const tolerance = `la tolérance de ${(0, money_js_1.formatBp)(f.maxOverrunBp)} du plafond (${(0, credit_verdict_js_1.eur)((0, money_js_1.mulDivHalfUp)(f.creditLimitCents, f.maxOverrunBp, 10_000))})`;
    if (f.overrunCents * 10_000 <= f.creditLimitCents * f.maxOverrunBp) {
        return { status: 'approved', note: `Dépassement de ${(0, credit_verdict_js_1.eur)(f.overrunCents)} accepté : il reste dans ${tolerance}.` };
    }
    return { status: 'refused', note: `Dépassement de ${(0, credit_verdict_js_1.eur)(f.overrunCents)} supérieur à ${tolerance} : attendez un règlement du client ou réduisez la commande.` };
}
//# sourceMappingURL=manager-decision.js.map