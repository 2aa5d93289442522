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
exports.CreditNoteDto = exports.CreditNoteLineDto = void 0;
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const decorators_js_1 = require("../../common/validation/decorators.js");
const product_entity_js_1 = require("../../products/product.entity.js");
class CreditNoteLineDto {
    invoiceLineId;
    quantity;
}
exports.CreditNoteLineDto = CreditNoteLineDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], CreditNoteLineDto.prototype, "invoiceLineId", void 0);
__decorate([
    (0, decorators_js_1.Quantity)({ required: true, min: 0.001, max: 1_000_000 }),
    __metadata("design:type", Number)
], CreditNoteLineDto.prototype, "quantity", void 0);
/**
 * A credit note on a validated invoice: total (nothing else given), partial by lines and quantities,
 * or an amount excluding VAT at one VAT rate (a commercial gesture).
 */
class CreditNoteDto {
    invoiceId;
    reason;
    restock;
    amountCents;
    vatRateBp;
    lines;
}
exports.CreditNoteDto = CreditNoteDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], CreditNoteDto.prototype, "invoiceId", void 0);
__decorate([
    (0, decorators_js_1.Text)(500, { required: true }),
    __metadata("design:type", String)
], CreditNoteDto.prototype, "reason", void 0);
__decorate([
    (0, decorators_js_1.Bool)(),
    __metadata("design:type", Object)
], CreditNoteDto.prototype, "restock", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ min: 1, max: 10_000_000_000 }),
    __metadata("design:type", Object)
], CreditNoteDto.prototype, "amountCents", void 0);
__decorate([
    (0, decorators_js_1.Choice)(product_entity_js_1.VAT_RATES_BP),
    __metadata("design:type", Object)
], CreditNoteDto.prototype, "vatRateBp", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsArray)({ message: 'app.validation.invalid' }),
    (0, class_validator_1.ArrayMaxSize)(200, { message: 'app.validation.too_large' }),
    (0, class_validator_1.ValidateNested)({ each: true }),
    (0, class_transformer_1.Type)(() => CreditNoteLineDto),
    __metadata("design:type", Object)
], CreditNoteDto.prototype, "lines", void 0);
//# sourceMappingURL=credit-note.dto.js.map