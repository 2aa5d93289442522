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
exports.Product = exports.VAT_RATES_BP = exports.PRODUCT_TYPES = void 0;
const typeorm_1 = require("typeorm");
const product_family_entity_js_1 = require("./product-family.entity.js");
const quantity_js_1 = require("../common/quantity.js");
exports.PRODUCT_TYPES = ['good', 'service'];
exports.VAT_RATES_BP = [2000, 1000, 550, 210, 0];
let Product = class Product {
    id;
    reference;
    label;
    description;
    familyId;
    family;
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
    createdAt;
    updatedAt;
};
exports.Product = Product;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Product.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)({ unique: true }),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Product.prototype, "reference", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Product.prototype, "label", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Product.prototype, "description", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Product.prototype, "familyId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => product_family_entity_js_1.ProductFamily),
    (0, typeorm_1.JoinColumn)({ name: 'familyId' }),
    __metadata("design:type", product_family_entity_js_1.ProductFamily)
], Product.prototype, "family", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Product.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Product.prototype, "unit", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Product.prototype, "salePriceCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Product.prototype, "vatRateBp", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Product.prototype, "purchasePriceCents", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Product.prototype, "supplierId", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Product.prototype, "supplierReference", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Product.prototype, "supplierLeadTimeDays", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { transformer: quantity_js_1.quantityTransformer, default: 0 }),
    __metadata("design:type", Number)
], Product.prototype, "reorderPoint", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { transformer: quantity_js_1.quantityTransformer, default: 0 }),
    __metadata("design:type", Number)
], Product.prototype, "reorderQuantity", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Product.prototype, "weightGrams", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Product.prototype, "ecoInfo", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean', { default: true }),
    __metadata("design:type", Boolean)
], Product.prototype, "active", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Product.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Product.prototype, "updatedAt", void 0);
exports.Product = Product = __decorate([
    (0, typeorm_1.Entity)('product')
], Product);
//# sourceMappingURL=product.entity.js.map