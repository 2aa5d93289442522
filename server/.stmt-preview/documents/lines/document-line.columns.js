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
exports.DocumentLineColumns = void 0;
const typeorm_1 = require("typeorm");
const quantity_js_1 = require("../../common/quantity.js");
/** Columns shared by every priced line table (quote_line, order_line, invoice_line, credit_note_line). */
class DocumentLineColumns {
    id;
    position;
    productId;
    reference;
    label;
    unit;
    quantity;
    unitPriceCents;
    discountBp;
    vatRateBp;
    /** Computed by the server: round(quantity × unit price × (1 − discount)). */
    netCents;
}
exports.DocumentLineColumns = DocumentLineColumns;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], DocumentLineColumns.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], DocumentLineColumns.prototype, "position", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], DocumentLineColumns.prototype, "productId", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], DocumentLineColumns.prototype, "reference", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DocumentLineColumns.prototype, "label", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DocumentLineColumns.prototype, "unit", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { transformer: quantity_js_1.quantityTransformer }),
    __metadata("design:type", Number)
], DocumentLineColumns.prototype, "quantity", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], DocumentLineColumns.prototype, "unitPriceCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { default: 0 }),
    __metadata("design:type", Number)
], DocumentLineColumns.prototype, "discountBp", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], DocumentLineColumns.prototype, "vatRateBp", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], DocumentLineColumns.prototype, "netCents", void 0);
//# sourceMappingURL=document-line.columns.js.map