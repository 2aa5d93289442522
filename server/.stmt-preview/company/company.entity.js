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
exports.Company = exports.RECOVERY_KINDS = void 0;
const typeorm_1 = require("typeorm");
exports.RECOVERY_KINDS = ['email', 'letter', 'formal_notice'];
/** The fictive company of the sandbox: one row, id 1. */
let Company = class Company {
    id;
    name;
    legalForm;
    capitalCents;
    siren;
    siret;
    rcsCity;
    vatNumber;
    nafCode;
    addressLine1;
    addressLine2;
    postcode;
    city;
    country;
    phone;
    email;
    website;
    iban;
    bic;
    logo;
    /** CGV */
    paymentTerms;
    latePenaltyRateBp;
    latePenaltyWording;
    recoveryIndemnityCents;
    earlyPaymentDiscount;
    discountPolicy;
    cgvText;
    /** Late-penalty rate by half-year ("2026-H1" → basis points); latePenaltyRateBp when a half-year is missing. */
    latePenaltyRatesBp;
    /** Recovery procedure (relances): steps by level with their delay after the due date. */
    recoverySteps;
    /** Days after the due date from which the file can go to litigation. */
    litigationAfterDays;
    /** Days given to the client by a reminder to pay (new deadline). */
    reminderDeadlineDays;
    /** Delegation levels granted to the candidate. */
    maxDiscountBp;
    maxCreditNoteCents;
    maxCommercialGestureCents;
    creditOverrunPolicy;
    /** The manager grants an approval request when the overrun is at most this share of the credit limit. */
    creditApprovalMaxOverrunBp;
    /** Editable settings. */
    defaultLanguage;
    documentFooterNote;
};
exports.Company = Company;
__decorate([
    (0, typeorm_1.PrimaryColumn)('integer'),
    __metadata("design:type", Number)
], Company.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "legalForm", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Company.prototype, "capitalCents", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "siren", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "siret", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "rcsCity", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "vatNumber", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "nafCode", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "addressLine1", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Company.prototype, "addressLine2", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "postcode", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "city", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "country", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Company.prototype, "phone", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Company.prototype, "email", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Company.prototype, "website", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "iban", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "bic", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Company.prototype, "logo", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "paymentTerms", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Company.prototype, "latePenaltyRateBp", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "latePenaltyWording", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Company.prototype, "recoveryIndemnityCents", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "earlyPaymentDiscount", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "discountPolicy", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Company.prototype, "cgvText", void 0);
__decorate([
    (0, typeorm_1.Column)('simple-json', { default: '{}' }),
    __metadata("design:type", Object)
], Company.prototype, "latePenaltyRatesBp", void 0);
__decorate([
    (0, typeorm_1.Column)('simple-json', { default: '[]' }),
    __metadata("design:type", Array)
], Company.prototype, "recoverySteps", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { default: 50 }),
    __metadata("design:type", Number)
], Company.prototype, "litigationAfterDays", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { default: 8 }),
    __metadata("design:type", Number)
], Company.prototype, "reminderDeadlineDays", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Company.prototype, "maxDiscountBp", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Company.prototype, "maxCreditNoteCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Company.prototype, "maxCommercialGestureCents", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "creditOverrunPolicy", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { default: 2000 }),
    __metadata("design:type", Number)
], Company.prototype, "creditApprovalMaxOverrunBp", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Company.prototype, "defaultLanguage", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Company.prototype, "documentFooterNote", void 0);
exports.Company = Company = __decorate([
    (0, typeorm_1.Entity)('company')
], Company);
//# sourceMappingURL=company.entity.js.map