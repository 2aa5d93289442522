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
exports.CancelPaymentPlanDto = exports.PaymentPlanDto = exports.InstallmentDto = void 0;
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const decorators_js_1 = require("../../common/validation/decorators.js");
class InstallmentDto {
    dueDate;
    amountCents;
}
exports.InstallmentDto = InstallmentDto;
__decorate([
    (0, decorators_js_1.IsoDate)({ required: true }),
    __metadata("design:type", String)
], InstallmentDto.prototype, "dueDate", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ required: true, min: 1, max: 10_000_000_000 }),
    __metadata("design:type", Number)
], InstallmentDto.prototype, "amountCents", void 0);
/** An échéancier: the invoices' current balance paid in installments, dates ascending from today. */
class PaymentPlanDto {
    clientId;
    invoiceIds;
    installments;
    notes;
}
exports.PaymentPlanDto = PaymentPlanDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], PaymentPlanDto.prototype, "clientId", void 0);
__decorate([
    (0, class_validator_1.IsArray)({ message: 'app.validation.required' }),
    (0, class_validator_1.ArrayMinSize)(1, { message: 'app.validation.required' }),
    (0, class_validator_1.ArrayMaxSize)(100, { message: 'app.validation.too_large' }),
    (0, class_validator_1.IsInt)({ each: true, message: 'app.validation.integer' }),
    (0, class_validator_1.Min)(1, { each: true, message: 'app.validation.positive' }),
    (0, class_validator_1.Max)(1_000_000_000, { each: true, message: 'app.validation.too_large' }),
    __metadata("design:type", Array)
], PaymentPlanDto.prototype, "invoiceIds", void 0);
__decorate([
    (0, class_validator_1.IsArray)({ message: 'app.validation.required' }),
    (0, class_validator_1.ArrayMinSize)(1, { message: 'app.validation.required' }),
    (0, class_validator_1.ArrayMaxSize)(36, { message: 'app.validation.too_large' }),
    (0, class_validator_1.ValidateNested)({ each: true }),
    (0, class_transformer_1.Type)(() => InstallmentDto),
    __metadata("design:type", Array)
], PaymentPlanDto.prototype, "installments", void 0);
__decorate([
    (0, decorators_js_1.Text)(2000),
    __metadata("design:type", Object)
], PaymentPlanDto.prototype, "notes", void 0);
class CancelPaymentPlanDto {
    reason;
}
exports.CancelPaymentPlanDto = CancelPaymentPlanDto;
__decorate([
    (0, decorators_js_1.Text)(500, { required: true }),
    __metadata("design:type", String)
], CancelPaymentPlanDto.prototype, "reason", void 0);
//# sourceMappingURL=payment-plan.dto.js.map