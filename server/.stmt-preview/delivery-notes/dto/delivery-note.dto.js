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
exports.DeliveryNoteDto = exports.DeliveryNoteLineDto = exports.INCOTERMS = void 0;
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const decorators_js_1 = require("../../common/validation/decorators.js");
exports.INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'];
class DeliveryNoteLineDto {
    orderLineId;
    quantity;
}
exports.DeliveryNoteLineDto = DeliveryNoteLineDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], DeliveryNoteLineDto.prototype, "orderLineId", void 0);
__decorate([
    (0, decorators_js_1.Quantity)({ required: true, max: 1_000_000 }),
    __metadata("design:type", Number)
], DeliveryNoteLineDto.prototype, "quantity", void 0);
/** A draft delivery note for one order; lines default to everything left to deliver. */
class DeliveryNoteDto {
    orderId;
    carrier;
    parcels;
    weightGrams;
    trackingNumber;
    incoterm;
    notes;
    lines;
}
exports.DeliveryNoteDto = DeliveryNoteDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], DeliveryNoteDto.prototype, "orderId", void 0);
__decorate([
    (0, decorators_js_1.Text)(80),
    __metadata("design:type", Object)
], DeliveryNoteDto.prototype, "carrier", void 0);
__decorate([
    (0, decorators_js_1.Int)({ max: 10_000 }),
    __metadata("design:type", Object)
], DeliveryNoteDto.prototype, "parcels", void 0);
__decorate([
    (0, decorators_js_1.Int)({ max: 100_000_000 }),
    __metadata("design:type", Object)
], DeliveryNoteDto.prototype, "weightGrams", void 0);
__decorate([
    (0, decorators_js_1.Text)(80),
    __metadata("design:type", Object)
], DeliveryNoteDto.prototype, "trackingNumber", void 0);
__decorate([
    (0, decorators_js_1.Choice)(exports.INCOTERMS),
    __metadata("design:type", Object)
], DeliveryNoteDto.prototype, "incoterm", void 0);
__decorate([
    (0, decorators_js_1.Text)(2000),
    __metadata("design:type", Object)
], DeliveryNoteDto.prototype, "notes", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsArray)({ message: 'app.validation.invalid' }),
    (0, class_validator_1.ArrayMaxSize)(200, { message: 'app.validation.too_large' }),
    (0, class_validator_1.ValidateNested)({ each: true }),
    (0, class_transformer_1.Type)(() => DeliveryNoteLineDto),
    __metadata("design:type", Object)
], DeliveryNoteDto.prototype, "lines", void 0);
//# sourceMappingURL=delivery-note.dto.js.map