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
exports.DocumentSequence = void 0;
const typeorm_1 = require("typeorm");
/** One counter per document type and year: numbers are assigned at validation, never reused. */
let DocumentSequence = class DocumentSequence {
    type;
    year;
    lastValue;
};
exports.DocumentSequence = DocumentSequence;
__decorate([
    (0, typeorm_1.PrimaryColumn)('text'),
    __metadata("design:type", String)
], DocumentSequence.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.PrimaryColumn)('integer'),
    __metadata("design:type", Number)
], DocumentSequence.prototype, "year", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], DocumentSequence.prototype, "lastValue", void 0);
exports.DocumentSequence = DocumentSequence = __decorate([
    (0, typeorm_1.Entity)('document_sequence')
], DocumentSequence);
//# sourceMappingURL=document-sequence.entity.js.map