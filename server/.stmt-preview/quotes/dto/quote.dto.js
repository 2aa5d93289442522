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
exports.QuoteDto = void 0;
const decorators_js_1 = require("../../common/validation/decorators.js");
const product_entity_js_1 = require("../../products/product.entity.js");
const third_party_entity_js_1 = require("../../third-parties/third-party.entity.js");
const document_line_dto_js_1 = require("../../documents/dto/document-line.dto.js");
/** A draft quote; PUT sends the whole draft again. */
class QuoteDto {
    clientId;
    contactId;
    validUntil;
    paymentTerms;
    paymentMethod;
    promisedDeliveryDate;
    globalDiscountBp;
    shippingCents;
    shippingVatRateBp;
    cgvReference;
    notes;
    lines;
}
exports.QuoteDto = QuoteDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], QuoteDto.prototype, "clientId", void 0);
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Object)
], QuoteDto.prototype, "contactId", void 0);
__decorate([
    (0, decorators_js_1.IsoDate)(),
    __metadata("design:type", Object)
], QuoteDto.prototype, "validUntil", void 0);
__decorate([
    (0, decorators_js_1.Choice)(third_party_entity_js_1.PAYMENT_TERMS),
    __metadata("design:type", Object)
], QuoteDto.prototype, "paymentTerms", void 0);
__decorate([
    (0, decorators_js_1.Choice)(third_party_entity_js_1.PAYMENT_METHODS),
    __metadata("design:type", Object)
], QuoteDto.prototype, "paymentMethod", void 0);
__decorate([
    (0, decorators_js_1.IsoDate)(),
    __metadata("design:type", Object)
], QuoteDto.prototype, "promisedDeliveryDate", void 0);
__decorate([
    (0, decorators_js_1.Int)({ max: 10_000 }),
    __metadata("design:type", Object)
], QuoteDto.prototype, "globalDiscountBp", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ max: 10_000_000 }),
    __metadata("design:type", Object)
], QuoteDto.prototype, "shippingCents", void 0);
__decorate([
    (0, decorators_js_1.Choice)(product_entity_js_1.VAT_RATES_BP),
    __metadata("design:type", Object)
], QuoteDto.prototype, "shippingVatRateBp", void 0);
__decorate([
    (0, decorators_js_1.Text)(200),
    __metadata("design:type", Object)
], QuoteDto.prototype, "cgvReference", void 0);
__decorate([
    (0, decorators_js_1.Text)(4000),
    __metadata("design:type", Object)
], QuoteDto.prototype, "notes", void 0);
__decorate([
    (0, document_line_dto_js_1.LinesArray)(),
    __metadata("design:type", Array)
], QuoteDto.prototype, "lines", void 0);
//# sourceMappingURL=quote.dto.js.map