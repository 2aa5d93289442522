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
exports.ProductFamilyDto = exports.ProductDto = void 0;
const decorators_js_1 = require("../../common/validation/decorators.js");
const product_entity_js_1 = require("../product.entity.js");
class ProductDto {
    reference;
    label;
    description;
    familyId;
    type;
    unit;
    salePriceCents;
    vatRateBp;
    purchasePriceCents;
    supplierId;
    supplierReference;
    supplierLeadTimeDays;
    reorderPoint;
    reorderQuantity;
    weightGrams;
    ecoInfo;
    active;
}
exports.ProductDto = ProductDto;
__decorate([
    (0, decorators_js_1.Text)(40, { required: true }),
    __metadata("design:type", String)
], ProductDto.prototype, "reference", void 0);
__decorate([
    (0, decorators_js_1.Text)(160, { required: true }),
    __metadata("design:type", String)
], ProductDto.prototype, "label", void 0);
__decorate([
    (0, decorators_js_1.Text)(4000),
    __metadata("design:type", Object)
], ProductDto.prototype, "description", void 0);
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], ProductDto.prototype, "familyId", void 0);
__decorate([
    (0, decorators_js_1.Choice)(product_entity_js_1.PRODUCT_TYPES, { required: true }),
    __metadata("design:type", Object)
], ProductDto.prototype, "type", void 0);
__decorate([
    (0, decorators_js_1.Text)(30, { required: true }),
    __metadata("design:type", String)
], ProductDto.prototype, "unit", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ required: true }),
    __metadata("design:type", Number)
], ProductDto.prototype, "salePriceCents", void 0);
__decorate([
    (0, decorators_js_1.Choice)(product_entity_js_1.VAT_RATES_BP, { required: true }),
    __metadata("design:type", Number)
], ProductDto.prototype, "vatRateBp", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ required: true }),
    __metadata("design:type", Number)
], ProductDto.prototype, "purchasePriceCents", void 0);
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Object)
], ProductDto.prototype, "supplierId", void 0);
__decorate([
    (0, decorators_js_1.Text)(60),
    __metadata("design:type", Object)
], ProductDto.prototype, "supplierReference", void 0);
__decorate([
    (0, decorators_js_1.Int)({ max: 365 }),
    __metadata("design:type", Object)
], ProductDto.prototype, "supplierLeadTimeDays", void 0);
__decorate([
    (0, decorators_js_1.Quantity)(),
    __metadata("design:type", Object)
], ProductDto.prototype, "reorderPoint", void 0);
__decorate([
    (0, decorators_js_1.Quantity)(),
    __metadata("design:type", Object)
], ProductDto.prototype, "reorderQuantity", void 0);
__decorate([
    (0, decorators_js_1.Int)({ max: 10_000_000 }),
    __metadata("design:type", Object)
], ProductDto.prototype, "weightGrams", void 0);
__decorate([
    (0, decorators_js_1.Text)(1000),
    __metadata("design:type", Object)
], ProductDto.prototype, "ecoInfo", void 0);
__decorate([
    (0, decorators_js_1.Bool)(),
    __metadata("design:type", Boolean)
], ProductDto.prototype, "active", void 0);
class ProductFamilyDto {
    code;
    name;
}
exports.ProductFamilyDto = ProductFamilyDto;
__decorate([
    (0, decorators_js_1.Text)(20, { required: true }),
    __metadata("design:type", String)
], ProductFamilyDto.prototype, "code", void 0);
__decorate([
    (0, decorators_js_1.Text)(120, { required: true }),
    __metadata("design:type", String)
], ProductFamilyDto.prototype, "name", void 0);
//# sourceMappingURL=product.dto.js.map