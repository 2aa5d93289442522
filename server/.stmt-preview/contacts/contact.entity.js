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
exports.Contact = exports.MARKETING_CONSENTS = exports.PREFERRED_CHANNELS = exports.CIVILITIES = void 0;
const typeorm_1 = require("typeorm");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
exports.CIVILITIES = ['M.', 'Mme'];
exports.PREFERRED_CHANNELS = ['email', 'phone', 'mail', 'sms'];
exports.MARKETING_CONSENTS = ['unknown', 'granted', 'refused', 'withdrawn'];
let Contact = class Contact {
    id;
    thirdPartyId;
    thirdParty;
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
    createdAt;
    updatedAt;
};
exports.Contact = Contact;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Contact.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Contact.prototype, "thirdPartyId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => third_party_entity_js_1.ThirdParty, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'thirdPartyId' }),
    __metadata("design:type", third_party_entity_js_1.ThirdParty)
], Contact.prototype, "thirdParty", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Contact.prototype, "civility", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Contact.prototype, "firstName", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Contact.prototype, "lastName", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Contact.prototype, "jobTitle", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Contact.prototype, "email", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Contact.prototype, "phone", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Contact.prototype, "mobile", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Contact.prototype, "preferredChannel", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Contact.prototype, "accessibilityNeeds", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Contact.prototype, "marketingConsent", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Contact.prototype, "consentDate", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Contact.prototype, "consentSource", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean', { default: false }),
    __metadata("design:type", Boolean)
], Contact.prototype, "isPrimary", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Contact.prototype, "notes", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Contact.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Contact.prototype, "updatedAt", void 0);
exports.Contact = Contact = __decorate([
    (0, typeorm_1.Entity)('contact')
], Contact);
//# sourceMappingURL=contact.entity.js.map