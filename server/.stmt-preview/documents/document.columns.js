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
exports.DocumentColumns = void 0;
const typeorm_1 = require("typeorm");
/** Columns shared by every priced document (quote, order, invoice, credit note). */
class DocumentColumns {
    id;
    /** Assigned at validation from the type's yearly sequence; null while draft. */
    number;
    clientId;
    contactId;
    /** Issue date (scenario day). */
    date;
    language;
    vatRegime;
    globalDiscountBp;
    shippingCents;
    shippingVatRateBp;
    /** Totals computed by the server on every write. */
    netCents;
    vatCents;
    grossCents;
    vatBreakdown;
    notes;
    validatedAt;
    createdAt;
    updatedAt;
}
exports.DocumentColumns = DocumentColumns;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], DocumentColumns.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)({ unique: true }),
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], DocumentColumns.prototype, "number", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], DocumentColumns.prototype, "clientId", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], DocumentColumns.prototype, "contactId", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DocumentColumns.prototype, "date", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DocumentColumns.prototype, "language", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DocumentColumns.prototype, "vatRegime", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { default: 0 }),
    __metadata("design:type", Number)
], DocumentColumns.prototype, "globalDiscountBp", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { default: 0 }),
    __metadata("design:type", Number)
], DocumentColumns.prototype, "shippingCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { default: 2000 }),
    __metadata("design:type", Number)
], DocumentColumns.prototype, "shippingVatRateBp", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { default: 0 }),
    __metadata("design:type", Number)
], DocumentColumns.prototype, "netCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { default: 0 }),
    __metadata("design:type", Number)
], DocumentColumns.prototype, "vatCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { default: 0 }),
    __metadata("design:type", Number)
], DocumentColumns.prototype, "grossCents", void 0);
__decorate([
    (0, typeorm_1.Column)('simple-json'),
    __metadata("design:type", Array)
], DocumentColumns.prototype, "vatBreakdown", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], DocumentColumns.prototype, "notes", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], DocumentColumns.prototype, "validatedAt", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DocumentColumns.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], DocumentColumns.prototype, "updatedAt", void 0);
//# sourceMappingURL=document.columns.js.map