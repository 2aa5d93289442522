"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evaluateOrderCredit = evaluateOrderCredit;
const company_entity_js_1 = require("../company/company.entity.js");
const credit_approval_entity_js_1 = require("../credit-approvals/credit-approval.entity.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const credit_position_js_1 = require("./credit-position.js");
const credit_verdict_js_1 = require("./credit-verdict.js");
/** Everything the credit check of one order looks at, and its verdict, on the scenario day. */
async function evaluateOrderCredit(em, order, today, acknowledgements = []) {
    const client = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id: order.clientId });
    const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
    const position = await (0, credit_position_js_1.creditPosition)(em, client.id, today);
    const approvals = await em.find(credit_approval_entity_js_1.CreditApproval, { where: { orderId: order.id }, order: { id: 'ASC' } });
    const verdict = (0, credit_verdict_js_1.creditVerdict)({
        creditLimitCents: client.creditLimitCents,
        outstandingCents: position.outstandingCents,
        orderGrossCents: order.grossCents,
        riskStatus: client.riskStatus,
        litigationSince: client.litigationSince,
        policy: company.creditOverrunPolicy,
        acknowledged: acknowledgements.includes(credit_verdict_js_1.CREDIT_OVERRUN_ACKNOWLEDGEMENT),
        approvals,
    });
    return { client, company, position, approvals, verdict };
}
//# sourceMappingURL=credit-evaluation.js.map