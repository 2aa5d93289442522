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
exports.Interaction = exports.INTERACTION_OUTCOMES = exports.INTERACTION_KINDS = void 0;
const typeorm_1 = require("typeorm");
exports.INTERACTION_KINDS = ['call', 'email', 'meeting', 'visit', 'note'];
/** What came out of a contact; a promise to pay carries a date (and an amount). */
exports.INTERACTION_OUTCOMES = ['promise_to_pay', 'no_answer', 'callback', 'dispute', 'refusal', 'done'];
/** A CRM entry: a call, e-mail, meeting, visit or note with a tier (a phone reminder is a call). */
let Interaction = class Interaction {
    id;
    thirdPartyId;
    contactId;
    kind;
    /** Scenario date and time of the contact. */
    at;
    subject;
    outcome;
    promisedDate;
    promisedAmountCents;
    notes;
    relatedResource;
    relatedId;
    author;
    createdAt;
};
exports.Interaction = Interaction;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Interaction.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Interaction.prototype, "thirdPartyId", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Interaction.prototype, "contactId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Interaction.prototype, "kind", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Interaction.prototype, "at", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Interaction.prototype, "subject", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Interaction.prototype, "outcome", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Interaction.prototype, "promisedDate", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Interaction.prototype, "promisedAmountCents", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Interaction.prototype, "notes", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Interaction.prototype, "relatedResource", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Interaction.prototype, "relatedId", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Interaction.prototype, "author", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Interaction.prototype, "createdAt", void 0);
exports.Interaction = Interaction = __decorate([
    (0, typeorm_1.Entity)('interaction')
], Interaction);
//# sourceMappingURL=interaction.entity.js.map