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
exports.DepositInvoiceDto = exports.InvoiceFromOrderDto = exports.InvoiceFromDeliveryNotesDto = exports.InvoiceDto = exports.InvoiceLineDto = void 0;
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const decorators_js_1 = require("../../common/validation/decorators.js");
const document_line_dto_js_1 = require("../../documents/dto/document-line.dto.js");
const product_entity_js_1 = require("../../products/product.entity.js");
const third_party_entity_js_1 = require("../../third-parties/third-party.entity.js");
class InvoiceLineDto extends document_line_dto_js_1.DocumentLineDto {
    /** Kept when the line comes from an order (three-way control); checked against the invoice's order. */
    orderLineId;
}
exports.InvoiceLineDto = InvoiceLineDto;
__decorate([
    (0, decorators_js_1.Quantity)({ required: true, min: -1_000_000, max: 1_000_000 }),
    __metadata("design:type", Number)
], InvoiceLineDto.prototype, "quantity", void 0);
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Object)
], InvoiceLineDto.prototype, "orderLineId", void 0);
/** A draft invoice typed by hand, or the edit of a draft made from deliveries or an order. */
class InvoiceDto {
    clientId;
    contactId;
    clientReference;
    paymentTerms;
    paymentMethod;
    globalDiscountBp;
    shippingCents;
    shippingVatRateBp;
    notes;
    lines;
}
exports.InvoiceDto = InvoiceDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], InvoiceDto.prototype, "clientId", void 0);
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Object)
], InvoiceDto.prototype, "contactId", void 0);
__decorate([
    (0, decorators_js_1.Text)(60),
    __metadata("design:type", Object)
], InvoiceDto.prototype, "clientReference", void 0);
__decorate([
    (0, decorators_js_1.Choice)(third_party_entity_js_1.PAYMENT_TERMS),
    __metadata("design:type", Object)
], InvoiceDto.prototype, "paymentTerms", void 0);
__decorate([
    (0, decorators_js_1.Choice)(third_party_entity_js_1.PAYMENT_METHODS),
    __metadata("design:type", Object)
], InvoiceDto.prototype, "paymentMethod", void 0);
__decorate([
    (0, decorators_js_1.Int)({ max: 10_000 }),
    __metadata("design:type", Object)
], InvoiceDto.prototype, "globalDiscountBp", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ max: 10_000_000 }),
    __metadata("design:type", Object)
], InvoiceDto.prototype, "shippingCents", void 0);
__decorate([
    (0, decorators_js_1.Choice)(product_entity_js_1.VAT_RATES_BP),
    __metadata("design:type", Object)
], InvoiceDto.prototype, "shippingVatRateBp", void 0);
__decorate([
    (0, decorators_js_1.Text)(4000),
    __metadata("design:type", Object)
], InvoiceDto.prototype, "notes", void 0);
__decorate([
    (0, class_validator_1.IsArray)({ message: 'app.validation.required' }),
    (0, class_validator_1.ArrayMaxSize)(200, { message: 'app.validation.too_large' }),
    (0, class_validator_1.ValidateNested)({ each: true }),
    (0, class_transformer_1.Type)(() => InvoiceLineDto),
    __metadata("design:type", Array)
], InvoiceDto.prototype, "lines", void 0);
class InvoiceFromDeliveryNotesDto {
    deliveryNoteIds;
}
exports.InvoiceFromDeliveryNotesDto = InvoiceFromDeliveryNotesDto;
__decorate([
    (0, class_validator_1.IsArray)({ message: 'app.validation.required' }),
    (0, class_validator_1.ArrayMinSize)(1, { message: 'app.validation.required' }),
    (0, class_validator_1.ArrayMaxSize)(50, { message: 'app.validation.too_large' }),
    (0, class_validator_1.IsInt)({ each: true, message: 'app.validation.integer' }),
    (0, class_validator_1.Min)(1, { each: true, message: 'app.validation.positive' }),
    (0, class_validator_1.Max)(1_000_000_000, { each: true, message: 'app.validation.too_large' }),
    __metadata("design:type", Array)
], InvoiceFromDeliveryNotesDto.prototype, "deliveryNoteIds", void 0);
class InvoiceFromOrderDto {
    orderId;
}
exports.InvoiceFromOrderDto = InvoiceFromOrderDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], InvoiceFromOrderDto.prototype, "orderId", void 0);
/** A deposit: a share of the order (basis points) or an amount including VAT. */
class DepositInvoiceDto {
    orderId;
    percentBp;
    amountCents;
}
exports.DepositInvoiceDto = DepositInvoiceDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], DepositInvoiceDto.prototype, "orderId", void 0);
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 10_000 }),
    __metadata("design:type", Object)
], DepositInvoiceDto.prototype, "percentBp", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ min: 1, max: 10_000_000_000 }),
    __metadata("design:type", Object)
], DepositInvoiceDto.prototype, "amountCents", void 0);
//# sourceMappingURL=invoice.dto.js.map