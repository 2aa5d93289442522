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
exports.CreditNoteLine = exports.CreditNote = exports.CREDIT_NOTE_STATUSES = void 0;
const typeorm_1 = require("typeorm");
const document_columns_js_1 = require("../documents/document.columns.js");
const document_line_columns_js_1 = require("../documents/lines/document-line.columns.js");
exports.CREDIT_NOTE_STATUSES = ['draft', 'validated'];
/** Corrects a validated invoice (total or partial), referencing its number and date. */
let CreditNote = class CreditNote extends document_columns_js_1.DocumentColumns {
    status;
    invoiceId;
    reason;
    /** Validation writes stock-in movements for the goods lines. */
    restock;
    partiesSnapshot;
};
exports.CreditNote = CreditNote;
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CreditNote.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], CreditNote.prototype, "invoiceId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CreditNote.prototype, "reason", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean', { default: false }),
    __metadata("design:type", Boolean)
], CreditNote.prototype, "restock", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], CreditNote.prototype, "partiesSnapshot", void 0);
exports.CreditNote = CreditNote = __decorate([
    (0, typeorm_1.Entity)('credit_note')
], CreditNote);
let CreditNoteLine = class CreditNoteLine extends document_line_columns_js_1.DocumentLineColumns {
    creditNoteId;
    invoiceLineId;
};
exports.CreditNoteLine = CreditNoteLine;
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], CreditNoteLine.prototype, "creditNoteId", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], CreditNoteLine.prototype, "invoiceLineId", void 0);
exports.CreditNoteLine = CreditNoteLine = __decorate([
    (0, typeorm_1.Entity)('credit_note_line')
], CreditNoteLine);
//# sourceMappingURL=credit-note.entity.js.map