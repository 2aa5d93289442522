"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.frDate = exports.eur = exports.CREDIT_OVERRUN_ACKNOWLEDGEMENT = void 0;
exports.creditVerdict = creditVerdict;
exports.figuresSentence = figuresSentence;
exports.refusalMessage = refusalMessage;
exports.checkLabel = checkLabel;
const money_js_1 = require("../common/money/money.js");
/** The acknowledgement the candidate sends with "Valider" when the policy lets them accept an overrun. */
exports.CREDIT_OVERRUN_ACKNOWLEDGEMENT = 'credit_overrun';
/**
 * The credit check of an order at validation: projected = outstanding + this order TTC. Within the
 * limit and client not blocked → passed. Otherwise the manager's approval of this order (for at least
 * its amount) lets it through; failing that, the company's delegation rule decides: acknowledge
 * (the candidate confirms the overrun), approval (ask the manager), block (wait for a payment).
 * A blocked client (risk status or litigation) needs the manager's approval whatever the amount.
 */
function creditVerdict(input) {
    const projectedCents = input.outstandingCents + input.orderGrossCents;
    const overrunCents = input.creditLimitCents === null ? 0 : Math.max(0, projectedCents - input.creditLimitCents);
    const figures = {
        creditLimitCents: input.creditLimitCents, outstandingCents: input.outstandingCents, orderGrossCents: input.orderGrossCents,
        projectedCents, overrunCents, riskStatus: input.riskStatus, policy: input.policy,
    };
    const blocked = input.riskStatus === 'blocked' || !!input.litigationSince;
    const refuse = (code, actions = []) => ({ ok: false, code, actions, figures });
    if (!blocked && overrunCents === 0)
        return { ok: true, status: 'passed', figures };
    if (input.approvals.some((a) => a.status === 'approved' && a.orderGrossCents >= input.orderGrossCents))
        return { ok: true, status: 'approved', figures };
    const latest = input.approvals.at(-1);
    if (latest?.status === 'pending')
        return refuse('CREDIT_APPROVAL_PENDING');
    // A refusal stands as long as the situation is not better than when it was given.
    if (latest?.status === 'refused' && overrunCents >= latest.overrunCents)
        return refuse('CREDIT_APPROVAL_REFUSED');
    if (blocked)
        return refuse('CLIENT_BLOCKED', input.policy === 'block' ? [] : ['request_approval']);
    if (input.policy === 'acknowledge')
        return input.acknowledged ? { ok: true, status: 'acknowledged', figures } : refuse('CREDIT_LIMIT_EXCEEDED', ['acknowledge']);
    if (input.policy === 'approval')
        return refuse('CREDIT_LIMIT_EXCEEDED', ['request_approval']);
    return refuse('CREDIT_LIMIT_EXCEEDED');
}
/** "Encours 7 450,00 € + commande 1 200,00 € = 8 650,00 € pour un plafond de 8 000,00 € : dépassement de 650,00 €." */
function figuresSentence(f) {
    const head = `Encours ${(0, exports.eur)(f.outstandingCents)} + commande ${(0, exports.eur)(f.orderGrossCents)} = ${(0, exports.eur)(f.projectedCents)}`;
    if (f.creditLimitCents === null)
        return `${head} (aucun plafond d'encours fixé).`;
    const tail = f.overrunCents > 0 ? ` : dépassement de ${(0, exports.eur)(f.overrunCents)}.` : ', dans la limite autorisée.';
    return `${head} pour un plafond de ${(0, exports.eur)(f.creditLimitCents)}${tail}`;
}
/** The message of a 409: the figures, then what the candidate can do. */
function refusalMessage(verdict, client) {
    const f = verdict.figures;
    switch (verdict.code) {
        case 'CLIENT_BLOCKED': {
            const why = client.litigationSince ? `en contentieux depuis le ${(0, exports.frDate)(client.litigationSince)}` : 'au statut de risque « bloqué »';
            const next = verdict.actions.includes('request_approval')
                ? "aucune nouvelle commande sans l'accord du responsable : envoyez-lui une demande d'accord."
                : "aucune nouvelle commande ne peut être validée avant la régularisation de son compte.";
            return `Le client ${client.name} est ${why} : ${next} ${figuresSentence(f)}`;
        }
        case 'CREDIT_APPROVAL_PENDING':
            return `${figuresSentence(f)} Une demande d'accord est en attente de la réponse du responsable.`;
        case 'CREDIT_APPROVAL_REFUSED':
            return `${figuresSentence(f)} Le responsable a refusé ce dépassement : la commande ne peut pas être validée en l'état (attendez un règlement du client ou réduisez la commande).`;
        default:
            if (f.policy === 'acknowledge')
                return `${figuresSentence(f)} Confirmez que vous avez pris connaissance du dépassement pour valider la commande.`;
            if (f.policy === 'approval')
                return `${figuresSentence(f)} Ce dépassement doit être accepté par le responsable : envoyez-lui une demande d'accord.`;
            return `${figuresSentence(f)} Vos délégations ne permettent pas de dépasser le plafond : la commande ne pourra être validée qu'après un règlement du client (ou réduite).`;
    }
}
const VERDICT_LABELS = {
    passed: 'accepté',
    acknowledged: 'dépassement confirmé par le candidat',
    approved: 'dépassement accepté par le responsable',
    blocked: 'validation refusée',
};
/** The journal label of a credit check, pass or fail. */
function checkLabel(clientName, verdict) {
    const status = verdict.ok ? verdict.status : 'blocked';
    return `Contrôle d'encours ${clientName} : ${figuresSentence(verdict.figures)} → ${VERDICT_LABELS[status]}`;
}
const eur = (cents) => (0, money_js_1.formatCents)(cents, 'fr');
exports.eur = eur;
const frDate = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
exports.frDate = frDate;
//# sourceMappingURL=credit-verdict.js.map