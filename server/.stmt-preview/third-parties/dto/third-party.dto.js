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
exports.ThirdPartyDto = void 0;
const decorators_js_1 = require("../../common/validation/decorators.js");
const third_party_entity_js_1 = require("../third-party.entity.js");
/** The editable fields of a tier. PUT sends the whole record (react-admin), so create and update share it. */
class ThirdPartyDto {
    name;
    isClient;
    isProspect;
    isSupplier;
    customerType;
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
    accountManagerId;
    sector;
    size;
    region;
    source;
    tags;
    prospectStatus;
    supplierLeadTimeDays;
    notes;
}
exports.ThirdPartyDto = ThirdPartyDto;
__decorate([
    (0, decorators_js_1.Text)(160, { required: true }),
    __metadata("design:type", String)
], ThirdPartyDto.prototype, "name", void 0);
__decorate([
    (0, decorators_js_1.Bool)(),
    __metadata("design:type", Boolean)
], ThirdPartyDto.prototype, "isClient", void 0);
__decorate([
    (0, decorators_js_1.Bool)(),
    __metadata("design:type", Boolean)
], ThirdPartyDto.prototype, "isProspect", void 0);
__decorate([
    (0, decorators_js_1.Bool)(),
    __metadata("design:type", Boolean)
], ThirdPartyDto.prototype, "isSupplier", void 0);
__decorate([
    (0, decorators_js_1.Choice)(third_party_entity_js_1.CUSTOMER_TYPES, { required: true }),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "customerType", void 0);
__decorate([
    (0, decorators_js_1.Choice)(third_party_entity_js_1.LANGUAGES, { required: true }),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "language", void 0);
__decorate([
    (0, decorators_js_1.Text)(40),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "legalForm", void 0);
__decorate([
    (0, decorators_js_1.Siren)(),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "siren", void 0);
__decorate([
    (0, decorators_js_1.Siret)(),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "siret", void 0);
__decorate([
    (0, decorators_js_1.VatNumber)(),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "vatNumber", void 0);
__decorate([
    (0, decorators_js_1.Email)(),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "email", void 0);
__decorate([
    (0, decorators_js_1.Phone)('billingCountry'),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "phone", void 0);
__decorate([
    (0, decorators_js_1.Text)(200),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "website", void 0);
__decorate([
    (0, decorators_js_1.Text)(120, { required: true }),
    __metadata("design:type", String)
], ThirdPartyDto.prototype, "billingLine1", void 0);
__decorate([
    (0, decorators_js_1.Text)(120),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "billingLine2", void 0);
__decorate([
    (0, decorators_js_1.Postcode)('billingCountry', { required: true }),
    __metadata("design:type", String)
], ThirdPartyDto.prototype, "billingPostcode", void 0);
__decorate([
    (0, decorators_js_1.Text)(80, { required: true }),
    __metadata("design:type", String)
], ThirdPartyDto.prototype, "billingCity", void 0);
__decorate([
    (0, decorators_js_1.Country)({ required: true }),
    __metadata("design:type", String)
], ThirdPartyDto.prototype, "billingCountry", void 0);
__decorate([
    (0, decorators_js_1.Text)(120),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "deliveryLine1", void 0);
__decorate([
    (0, decorators_js_1.Text)(120),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "deliveryLine2", void 0);
__decorate([
    (0, decorators_js_1.Postcode)('deliveryCountry'),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "deliveryPostcode", void 0);
__decorate([
    (0, decorators_js_1.Text)(80),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "deliveryCity", void 0);
__decorate([
    (0, decorators_js_1.Country)(),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "deliveryCountry", void 0);
__decorate([
    (0, decorators_js_1.Choice)(third_party_entity_js_1.PAYMENT_TERMS),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "paymentTerms", void 0);
__decorate([
    (0, decorators_js_1.Choice)(third_party_entity_js_1.PAYMENT_METHODS),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "paymentMethod", void 0);
__decorate([
    (0, decorators_js_1.Cents)(),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "creditLimitCents", void 0);
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "accountManagerId", void 0);
__decorate([
    (0, decorators_js_1.Text)(80),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "sector", void 0);
__decorate([
    (0, decorators_js_1.Text)(40),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "size", void 0);
__decorate([
    (0, decorators_js_1.Text)(80),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "region", void 0);
__decorate([
    (0, decorators_js_1.Text)(120),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "source", void 0);
__decorate([
    (0, decorators_js_1.Tags)(),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "tags", void 0);
__decorate([
    (0, decorators_js_1.Choice)(third_party_entity_js_1.PROSPECT_STATUSES),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "prospectStatus", void 0);
__decorate([
    (0, decorators_js_1.Int)({ max: 365 }),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "supplierLeadTimeDays", void 0);
__decorate([
    (0, decorators_js_1.Text)(4000),
    __metadata("design:type", Object)
], ThirdPartyDto.prototype, "notes", void 0);
//# sourceMappingURL=third-party.dto.js.map