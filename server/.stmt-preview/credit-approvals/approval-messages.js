"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.approvalRequestMail = approvalRequestMail;
exports.approvalReplyMail = approvalReplyMail;
const credit_verdict_js_1 = require("../receivables/credit-verdict.js");
const orderRef = (f) => (f.orderNumber ? `la commande ${f.orderNumber}` : `la commande en préparation n° ${f.orderId}`);
/** The e-mail to the manager asking to accept an order above the client's credit limit. */
function approvalRequestMail(f) {
    const lines = [
        `Bonjour${f.managerFirstName ? ` ${f.managerFirstName}` : ''},`,
        '',
        `Je sollicite votre accord pour valider ${orderRef(f)} du ${(0, credit_verdict_js_1.frDate)(f.orderDate)} du client ${f.clientName} (${f.clientCode}), d'un montant de ${(0, credit_verdict_js_1.eur)(f.orderGrossCents)} TTC, qui dépasse son encours autorisé.`,
        '',
        `- Factures non réglées : ${(0, credit_verdict_js_1.eur)(f.invoicesOutstandingCents)} (dont échu : ${(0, credit_verdict_js_1.eur)(f.overdueCents)})`,
        `- Commandes validées non facturées : ${(0, credit_verdict_js_1.eur)(f.ordersNotInvoicedCents)}`,
        `- Encours actuel : ${(0, credit_verdict_js_1.eur)(f.outstandingCents)}`,
        `- Cette commande : ${(0, credit_verdict_js_1.eur)(f.orderGrossCents)}`,
        `- Encours après la commande : ${(0, credit_verdict_js_1.eur)(f.projectedCents)}`,
        `- Plafond d'encours : ${f.creditLimitCents === null ? 'aucun' : (0, credit_verdict_js_1.eur)(f.creditLimitCents)}`,
        `- Dépassement : ${(0, credit_verdict_js_1.eur)(f.overrunCents)}`,
        `- Statut de risque : ${f.riskLabel}`,
        ...(f.reason ? ['', `Motif : ${f.reason}`] : []),
        '',
        'Cordialement,',
        'Le service administration des ventes',
    ];
    return { subject: `Demande d'accord — dépassement d'encours ${f.clientName}`, body: lines.join('\n') };
}
/** The manager's answer, as it lands in the inbox. */
function approvalReplyMail(f, decision, managerName) {
    const answer = decision.status === 'approved'
        ? `C'est d'accord pour ${orderRef(f)} de ${f.clientName} (${(0, credit_verdict_js_1.eur)(f.orderGrossCents)} TTC). ${decision.note} Vous pouvez valider la commande.`
        : `Je ne donne pas mon accord pour ${orderRef(f)} de ${f.clientName} (${(0, credit_verdict_js_1.eur)(f.orderGrossCents)} TTC). ${decision.note}`;
    return { subject: `Re: Demande d'accord — dépassement d'encours ${f.clientName}`, body: ['Bonjour,', '', answer, '', managerName].join('\n') };
}
//# sourceMappingURL=approval-messages.js.map