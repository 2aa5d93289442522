"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.OrderValidationChecks = exports.ValidationRefused = void 0;
const common_1 = require("@nestjs/common");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
/**
 * A check's refusal whose evidence must outlive the validation's rollback: OrdersService.validate
 * runs `recordEvidence` in a second write after the refused transaction, then answers the 409.
 */
class ValidationRefused extends domain_exception_js_1.DomainException {
    recordEvidence;
    constructor(code, message, options, recordEvidence) {
        super(code, message, options);
        this.recordEvidence = recordEvidence;
    }
}
exports.ValidationRefused = ValidationRefused;
/**
 * The extension point of order validation. The receivables module registers its credit check here
 * (outstanding vs credit limit, per the delegation rules) without the orders module knowing it.
 */
let OrderValidationChecks = class OrderValidationChecks {
    checks = [];
    register(check) {
        if (!this.checks.some((c) => c.name === check.name))
            this.checks.push(check);
    }
    async run(em, ctx, order, input) {
        for (const check of this.checks)
            await check.check(em, ctx, order, input);
    }
};
exports.OrderValidationChecks = OrderValidationChecks;
exports.OrderValidationChecks = OrderValidationChecks = __decorate([
    (0, common_1.Injectable)()
], OrderValidationChecks);
//# sourceMappingURL=order-validation-checks.js.map