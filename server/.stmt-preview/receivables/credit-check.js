"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CreditCheck = void 0;
const common_1 = require("@nestjs/common");
const journal_service_js_1 = require("../journal/journal.service.js");
const order_validation_checks_js_1 = require("../orders/order-validation-checks.js");
const order_entity_js_1 = require("../orders/order.entity.js");
const credit_evaluation_js_1 = require("./credit-evaluation.js");
const credit_verdict_js_1 = require("./credit-verdict.js");
/**
 * "L'encours du client est vérifié avant l'enregistrement d'une nouvelle commande": run at every
 * order validation. Pass or fail, the figures go to the journal and the order keeps the outcome.
 */
let CreditCheck = class CreditCheck {
    checks;
    journal;
    name = 'credit';
    constructor(checks, journal) {
        this.checks = checks;
        this.journal = journal;
    }
    onModuleInit() {
        this.checks.register(this);
    }
    async check(em, ctx, order, input) {
        const evaluation = await (0, credit_evaluation_js_1.evaluateOrderCredit)(em, order, ctx.clock.today(), input.acknowledgements ?? []);
        const { verdict, client } = evaluation;
        const checkedAt = ctx.clock.nowIso();
        if (verdict.ok) {
            Object.assign(order, { creditCheckStatus: verdict.status, creditCheckedAt: checkedAt });
            await this.evidence(em, ctx, order.id, evaluation, verdict.status);
            return;
        }
        const details = { ...verdict.figures, actions: verdict.actions };
        throw new order_validation_checks_js_1.ValidationRefused(verdict.code, (0, credit_verdict_js_1.refusalMessage)(verdict, client), { details }, async (tx) => {
            await tx.update(order_entity_js_1.Order, { id: order.id }, { creditCheckStatus: 'blocked', creditCheckedAt: checkedAt });
            await this.evidence(tx, ctx, order.id, evaluation, 'blocked');
        });
    }
    evidence(em, ctx, orderId, { client, position, verdict, approvals }, status) {
        const after = {
            creditCheckStatus: status,
            ...(verdict.ok ? {} : { code: verdict.code, actions: verdict.actions }),
            ...verdict.figures,
            invoicesOutstandingCents: position.invoicesOutstandingCents,
            ordersNotInvoicedCents: position.ordersNotInvoicedCents,
            overdueCents: position.overdueCents,
            clientId: client.id,
            litigationSince: client.litigationSince,
            approvalId: approvals.at(-1)?.id ?? null,
        };
        return this.journal.record(em, ctx, { resource: 'orders', recordId: orderId, action: 'credit_check', label: (0, credit_verdict_js_1.checkLabel)(client.name, verdict), after });
    }
};
exports.CreditCheck = CreditCheck;
exports.CreditCheck = CreditCheck = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [order_validation_checks_js_1.OrderValidationChecks,
        journal_service_js_1.JournalService])
], CreditCheck);
//# sourceMappingURL=credit-check.js.map