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
exports.QuoteLine = exports.Quote = exports.QUOTE_STATUSES = void 0;
const typeorm_1 = require("typeorm");
const document_columns_js_1 = require("../documents/document.columns.js");
const document_line_columns_js_1 = require("../documents/lines/document-line.columns.js");
exports.QUOTE_STATUSES = ['draft', 'validated', 'sent', 'accepted', 'refused'];
let Quote = class Quote extends document_columns_js_1.DocumentColumns {
    status;
    validUntil;
    paymentTerms;
    paymentMethod;
    promisedDeliveryDate;
    cgvReference;
    sentAt;
    decidedAt;
    duplicatedFromId;
};
exports.Quote = Quote;
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Quote.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Quote.prototype, "validUntil", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Quote.prototype, "paymentTerms", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Quote.prototype, "paymentMethod", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Quote.prototype, "promisedDeliveryDate", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Quote.prototype, "cgvReference", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Quote.prototype, "sentAt", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Quote.prototype, "decidedAt", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Quote.prototype, "duplicatedFromId", void 0);
exports.Quote = Quote = __decorate([
    (0, typeorm_1.Entity)('quote')
], Quote);
let QuoteLine = class QuoteLine extends document_line_columns_js_1.DocumentLineColumns {
    quoteId;
};
exports.QuoteLine = QuoteLine;
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], QuoteLine.prototype, "quoteId", void 0);
exports.QuoteLine = QuoteLine = __decorate([
    (0, typeorm_1.Entity)('quote_line')
], QuoteLine);
//# sourceMappingURL=quote.entity.js.map