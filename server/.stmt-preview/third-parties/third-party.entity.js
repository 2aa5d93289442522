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
exports.ThirdParty = exports.RISK_STATUSES = exports.PAYMENT_METHODS = exports.PAYMENT_TERMS = exports.PROSPECT_STATUSES = exports.LANGUAGES = exports.ZONES = exports.CUSTOMER_TYPES = void 0;
const typeorm_1 = require("typeorm");
exports.CUSTOMER_TYPES = ['b2b', 'b2c'];
exports.ZONES = ['fr', 'eu', 'export'];
exports.LANGUAGES = ['fr', 'en'];
exports.PROSPECT_STATUSES = ['new', 'contacted', 'qualified', 'proposal', 'negotiation', 'lost'];
exports.PAYMENT_TERMS = ['on_receipt', 'net_15', 'net_30', 'net_45', 'net_60', 'net_30_eom', 'net_45_eom'];
exports.PAYMENT_METHODS = ['transfer', 'cheque', 'card', 'lcr', 'sepa_debit', 'cash'];
/** Credit risk: normal, à surveiller (watch), bloqué (blocked: no new order without the manager's approval). */
exports.RISK_STATUSES = ['normal', 'watch', 'blocked'];
/**
 * A tier: client, prospect and/or supplier. A prospect becomes a client by conversion
 * (isProspect → false, isClient → true, convertedAt set), keeping its id and history.
 */
let ThirdParty = class ThirdParty {
    id;
    code;
    name;
    isClient;
    isProspect;
    isSupplier;
    customerType;
    /** Derived from country on every write: France, EU member, or outside the EU. */
    zone;
    language;
    legalForm;
    siren;
    siret;
    vatNumber;
    email;
    phone;
    website;
    billingLine1;
    billingLine2;
    billingPostcode;
    billingCity;
    billingCountry;
    deliveryLine1;
    deliveryLine2;
    deliveryPostcode;
    deliveryCity;
    deliveryCountry;
    paymentTerms;
    paymentMethod;
    creditLimitCents;
    riskStatus;
    /** Solvency information: last check date, where it came from (Banque de France, Infogreffe, insurer…), a note. */
    solvencyCheckedOn;
    solvencySource;
    solvencyNote;
    /** Scenario day the client's unpaid invoices were transferred to litigation (contentieux). */
    litigationSince;
    accountManagerId;
    sector;
    size;
    region;
    source;
    tags;
    prospectStatus;
    /** Supplier side. */
    supplierLeadTimeDays;
    notes;
    convertedAt;
    createdAt;
    updatedAt;
};
exports.ThirdParty = ThirdParty;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], ThirdParty.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)({ unique: true }),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ThirdParty.prototype, "code", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ThirdParty.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('boolean', { default: false }),
    __metadata("design:type", Boolean)
], ThirdParty.prototype, "isClient", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('boolean', { default: false }),
    __metadata("design:type", Boolean)
], ThirdParty.prototype, "isProspect", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('boolean', { default: false }),
    __metadata("design:type", Boolean)
], ThirdParty.prototype, "isSupplier", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ThirdParty.prototype, "customerType", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ThirdParty.prototype, "zone", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ThirdParty.prototype, "language", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "legalForm", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "siren", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "siret", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "vatNumber", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "email", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "phone", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "website", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ThirdParty.prototype, "billingLine1", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "billingLine2", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ThirdParty.prototype, "billingPostcode", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ThirdParty.prototype, "billingCity", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ThirdParty.prototype, "billingCountry", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "deliveryLine1", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "deliveryLine2", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "deliveryPostcode", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "deliveryCity", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "deliveryCountry", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "paymentTerms", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "paymentMethod", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "creditLimitCents", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { default: 'normal' }),
    __metadata("design:type", String)
], ThirdParty.prototype, "riskStatus", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "solvencyCheckedOn", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "solvencySource", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "solvencyNote", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "litigationSince", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "accountManagerId", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "sector", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "size", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "region", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "source", void 0);
__decorate([
    (0, typeorm_1.Column)('simple-json', { default: '[]' }),
    __metadata("design:type", Array)
], ThirdParty.prototype, "tags", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "prospectStatus", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "supplierLeadTimeDays", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "notes", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], ThirdParty.prototype, "convertedAt", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ThirdParty.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ThirdParty.prototype, "updatedAt", void 0);
exports.ThirdParty = ThirdParty = __decorate([
    (0, typeorm_1.Entity)('third_party')
], ThirdParty);
//# sourceMappingURL=third-party.entity.js.map