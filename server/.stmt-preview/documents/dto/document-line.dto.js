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
exports.DocumentLineDto = void 0;
exports.LinesArray = LinesArray;
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const decorators_js_1 = require("../../common/validation/decorators.js");
const product_entity_js_1 = require("../../products/product.entity.js");
/** One priced line as typed by the candidate; omitted label, unit, price and VAT come from the product. */
class DocumentLineDto {
    productId;
    label;
    unit;
    quantity;
    unitPriceCents;
    discountBp;
    vatRateBp;
}
exports.DocumentLineDto = DocumentLineDto;
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Object)
], DocumentLineDto.prototype, "productId", void 0);
__decorate([
    (0, decorators_js_1.Text)(200),
    __metadata("design:type", Object)
], DocumentLineDto.prototype, "label", void 0);
__decorate([
    (0, decorators_js_1.Text)(30),
    __metadata("design:type", Object)
], DocumentLineDto.prototype, "unit", void 0);
__decorate([
    (0, decorators_js_1.Quantity)({ required: true, min: 0.001, max: 1_000_000 }),
    __metadata("design:type", Number)
], DocumentLineDto.prototype, "quantity", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ max: 100_000_000 }),
    __metadata("design:type", Object)
], DocumentLineDto.prototype, "unitPriceCents", void 0);
__decorate([
    (0, decorators_js_1.Int)({ max: 10_000 }),
    __metadata("design:type", Object)
], DocumentLineDto.prototype, "discountBp", void 0);
__decorate([
    (0, decorators_js_1.Choice)(product_entity_js_1.VAT_RATES_BP),
    __metadata("design:type", Object)
], DocumentLineDto.prototype, "vatRateBp", void 0);
function LinesArray() {
    return (target, key) => {
        (0, class_validator_1.IsArray)({ message: 'app.validation.required' })(target, key);
        (0, class_validator_1.ArrayMaxSize)(200, { message: 'app.validation.too_large' })(target, key);
        (0, class_validator_1.ValidateNested)({ each: true })(target, key);
        (0, class_transformer_1.Type)(() => DocumentLineDto)(target, key);
    };
}
//# sourceMappingURL=document-line.dto.js.map