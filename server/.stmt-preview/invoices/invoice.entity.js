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
exports.InvoiceLine = exports.Invoice = exports.INVOICE_STATUSES = exports.INVOICE_TYPES = void 0;
const typeorm_1 = require("typeorm");
const document_columns_js_1 = require("../documents/document.columns.js");
const document_line_columns_js_1 = require("../documents/lines/document-line.columns.js");
exports.INVOICE_TYPES = ['invoice', 'deposit'];
exports.INVOICE_STATUSES = ['draft', 'validated'];
/** Invoices and deposit invoices (one FA series). Validated invoices are frozen forever. */
let Invoice = class Invoice extends document_columns_js_1.DocumentColumns {
    type;
    status;
    orderId;
    deliveryNoteIds;
    /** Final invoices: the deposit invoices they deduct. */
    depositInvoiceIds;
    /** Deposit invoices: the share of the order, in basis points, or null when given as an amount. */
    depositBp;
    clientReference;
    paymentTerms;
    paymentMethod;
    dueDate;
    /** Date of supply (last delivery) when it differs from the issue date. */
    deliveryDate;
    /** Buyer and seller as they were at validation (JSON), so that later edits of the tier change nothing. */
    partiesSnapshot;
};
exports.Invoice = Invoice;
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Invoice.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Invoice.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Invoice.prototype, "orderId", void 0);
__decorate([
    (0, typeorm_1.Column)('simple-json'),
    __metadata("design:type", Array)
], Invoice.prototype, "deliveryNoteIds", void 0);
__decorate([
    (0, typeorm_1.Column)('simple-json'),
    __metadata("design:type", Array)
], Invoice.prototype, "depositInvoiceIds", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Invoice.prototype, "depositBp", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Invoice.prototype, "clientReference", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Invoice.prototype, "paymentTerms", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Invoice.prototype, "paymentMethod", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Invoice.prototype, "dueDate", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Invoice.prototype, "deliveryDate", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Invoice.prototype, "partiesSnapshot", void 0);
exports.Invoice = Invoice = __decorate([
    (0, typeorm_1.Entity)('invoice')
], Invoice);
let InvoiceLine = class InvoiceLine extends document_line_columns_js_1.DocumentLineColumns {
    invoiceId;
    orderLineId;
    deliveryNoteLineId;
};
exports.InvoiceLine = InvoiceLine;
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], InvoiceLine.prototype, "invoiceId", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], InvoiceLine.prototype, "orderLineId", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], InvoiceLine.prototype, "deliveryNoteLineId", void 0);
exports.InvoiceLine = InvoiceLine = __decorate([
    (0, typeorm_1.Entity)('invoice_line')
], InvoiceLine);
//# sourceMappingURL=invoice.entity.js.map