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
exports.ContactDto = void 0;
const decorators_js_1 = require("../../common/validation/decorators.js");
const contact_entity_js_1 = require("../contact.entity.js");
class ContactDto {
    thirdPartyId;
    civility;
    firstName;
    lastName;
    jobTitle;
    email;
    phone;
    mobile;
    preferredChannel;
    accessibilityNeeds;
    marketingConsent;
    consentDate;
    consentSource;
    isPrimary;
    notes;
}
exports.ContactDto = ContactDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], ContactDto.prototype, "thirdPartyId", void 0);
__decorate([
    (0, decorators_js_1.Choice)(contact_entity_js_1.CIVILITIES),
    __metadata("design:type", Object)
], ContactDto.prototype, "civility", void 0);
__decorate([
    (0, decorators_js_1.Text)(80, { required: true }),
    __metadata("design:type", String)
], ContactDto.prototype, "firstName", void 0);
__decorate([
    (0, decorators_js_1.Text)(80, { required: true }),
    __metadata("design:type", String)
], ContactDto.prototype, "lastName", void 0);
__decorate([
    (0, decorators_js_1.Text)(120),
    __metadata("design:type", Object)
], ContactDto.prototype, "jobTitle", void 0);
__decorate([
    (0, decorators_js_1.Email)(),
    __metadata("design:type", Object)
], ContactDto.prototype, "email", void 0);
__decorate([
    (0, decorators_js_1.Phone)(),
    __metadata("design:type", Object)
], ContactDto.prototype, "phone", void 0);
__decorate([
    (0, decorators_js_1.Phone)(),
    __metadata("design:type", Object)
], ContactDto.prototype, "mobile", void 0);
__decorate([
    (0, decorators_js_1.Choice)(contact_entity_js_1.PREFERRED_CHANNELS, { required: true }),
    __metadata("design:type", Object)
], ContactDto.prototype, "preferredChannel", void 0);
__decorate([
    (0, decorators_js_1.Text)(500),
    __metadata("design:type", Object)
], ContactDto.prototype, "accessibilityNeeds", void 0);
__decorate([
    (0, decorators_js_1.Choice)(contact_entity_js_1.MARKETING_CONSENTS, { required: true }),
    __metadata("design:type", Object)
], ContactDto.prototype, "marketingConsent", void 0);
__decorate([
    (0, decorators_js_1.IsoDate)(),
    __metadata("design:type", Object)
], ContactDto.prototype, "consentDate", void 0);
__decorate([
    (0, decorators_js_1.Text)(200),
    __metadata("design:type", Object)
], ContactDto.prototype, "consentSource", void 0);
__decorate([
    (0, decorators_js_1.Bool)(),
    __metadata("design:type", Boolean)
], ContactDto.prototype, "isPrimary", void 0);
__decorate([
    (0, decorators_js_1.Text)(4000),
    __metadata("design:type", Object)
], ContactDto.prototype, "notes", void 0);
//# sourceMappingURL=contact.dto.js.map