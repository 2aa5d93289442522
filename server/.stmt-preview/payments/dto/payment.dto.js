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
exports.CancelPaymentDto = exports.PaymentDto = exports.AllocationDto = void 0;
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const decorators_js_1 = require("../../common/validation/decorators.js");
const third_party_entity_js_1 = require("../../third-parties/third-party.entity.js");
class AllocationDto {
    invoiceId;
    amountCents;
}
exports.AllocationDto = AllocationDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], AllocationDto.prototype, "invoiceId", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ required: true, min: 1, max: 10_000_000_000 }),
    __metadata("design:type", Number)
], AllocationDto.prototype, "amountCents", void 0);
/**
 * A payment received. Without allocations the server allocates it to the client's open invoices,
 * oldest due date first; what is not allocated stays as the client's credit.
 */
class PaymentDto {
    clientId;
    date;
    amountCents;
    method;
    reference;
    notes;
    allocations;
}
exports.PaymentDto = PaymentDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], PaymentDto.prototype, "clientId", void 0);
__decorate([
    (0, decorators_js_1.IsoDate)(),
    __metadata("design:type", Object)
], PaymentDto.prototype, "date", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ required: true, min: 1, max: 10_000_000_000 }),
    __metadata("design:type", Number)
], PaymentDto.prototype, "amountCents", void 0);
__decorate([
    (0, decorators_js_1.Choice)(third_party_entity_js_1.PAYMENT_METHODS, { required: true }),
    __metadata("design:type", Object)
], PaymentDto.prototype, "method", void 0);
__decorate([
    (0, decorators_js_1.Text)(60),
    __metadata("design:type", Object)
], PaymentDto.prototype, "reference", void 0);
__decorate([
    (0, decorators_js_1.Text)(2000),
    __metadata("design:type", Object)
], PaymentDto.prototype, "notes", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsArray)({ message: 'app.validation.invalid' }),
    (0, class_validator_1.ArrayMaxSize)(100, { message: 'app.validation.too_large' }),
    (0, class_validator_1.ValidateNested)({ each: true }),
    (0, class_transformer_1.Type)(() => AllocationDto),
    __metadata("design:type", Object)
], PaymentDto.prototype, "allocations", void 0);
class CancelPaymentDto {
    reason;
}
exports.CancelPaymentDto = CancelPaymentDto;
__decorate([
    (0, decorators_js_1.Text)(500, { required: true }),
    __metadata("design:type", String)
], CancelPaymentDto.prototype, "reason", void 0);
//# sourceMappingURL=payment.dto.js.map