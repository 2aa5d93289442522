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
exports.OrderDto = void 0;
const decorators_js_1 = require("../../common/validation/decorators.js");
const product_entity_js_1 = require("../../products/product.entity.js");
const third_party_entity_js_1 = require("../../third-parties/third-party.entity.js");
const document_line_dto_js_1 = require("../../documents/dto/document-line.dto.js");
/** A draft customer order; PUT sends the whole draft again. */
class OrderDto {
    clientId;
    contactId;
    clientReference;
    requestedDeliveryDate;
    paymentTerms;
    paymentMethod;
    deliveryLine1;
    deliveryLine2;
    deliveryPostcode;
    deliveryCity;
    deliveryCountry;
    globalDiscountBp;
    shippingCents;
    shippingVatRateBp;
    notes;
    lines;
}
exports.OrderDto = OrderDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], OrderDto.prototype, "clientId", void 0);
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Object)
], OrderDto.prototype, "contactId", void 0);
__decorate([
    (0, decorators_js_1.Text)(60),
    __metadata("design:type", Object)
], OrderDto.prototype, "clientReference", void 0);
__decorate([
    (0, decorators_js_1.IsoDate)(),
    __metadata("design:type", Object)
], OrderDto.prototype, "requestedDeliveryDate", void 0);
__decorate([
    (0, decorators_js_1.Choice)(third_party_entity_js_1.PAYMENT_TERMS),
    __metadata("design:type", Object)
], OrderDto.prototype, "paymentTerms", void 0);
__decorate([
    (0, decorators_js_1.Choice)(third_party_entity_js_1.PAYMENT_METHODS),
    __metadata("design:type", Object)
], OrderDto.prototype, "paymentMethod", void 0);
__decorate([
    (0, decorators_js_1.Text)(120),
    __metadata("design:type", Object)
], OrderDto.prototype, "deliveryLine1", void 0);
__decorate([
    (0, decorators_js_1.Text)(120),
    __metadata("design:type", Object)
], OrderDto.prototype, "deliveryLine2", void 0);
__decorate([
    (0, decorators_js_1.Postcode)('deliveryCountry'),
    __metadata("design:type", Object)
], OrderDto.prototype, "deliveryPostcode", void 0);
__decorate([
    (0, decorators_js_1.Text)(80),
    __metadata("design:type", Object)
], OrderDto.prototype, "deliveryCity", void 0);
__decorate([
    (0, decorators_js_1.Country)(),
    __metadata("design:type", Object)
], OrderDto.prototype, "deliveryCountry", void 0);
__decorate([
    (0, decorators_js_1.Int)({ max: 10_000 }),
    __metadata("design:type", Object)
], OrderDto.prototype, "globalDiscountBp", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ max: 10_000_000 }),
    __metadata("design:type", Object)
], OrderDto.prototype, "shippingCents", void 0);
__decorate([
    (0, decorators_js_1.Choice)(product_entity_js_1.VAT_RATES_BP),
    __metadata("design:type", Object)
], OrderDto.prototype, "shippingVatRateBp", void 0);
__decorate([
    (0, decorators_js_1.Text)(4000),
    __metadata("design:type", Object)
], OrderDto.prototype, "notes", void 0);
__decorate([
    (0, document_line_dto_js_1.LinesArray)(),
    __metadata("design:type", Array)
], OrderDto.prototype, "lines", void 0);
//# sourceMappingURL=order.dto.js.map