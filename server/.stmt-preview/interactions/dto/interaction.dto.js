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
exports.InteractionDto = exports.INTERACTION_RELATED_RESOURCES = void 0;
const class_validator_1 = require("class-validator");
const decorators_js_1 = require("../../common/validation/decorators.js");
const interaction_entity_js_1 = require("../interaction.entity.js");
/** Resources an interaction may be linked to. */
exports.INTERACTION_RELATED_RESOURCES = ['quotes', 'orders', 'delivery-notes', 'invoices', 'credit-notes', 'payments', 'reminders', 'payment-plans'];
/** A call, e-mail, meeting, visit or note with a tier; a promise to pay carries its date. */
class InteractionDto {
    thirdPartyId;
    contactId;
    kind;
    /** Scenario date-time of the contact ("2026-03-16T10:30"); defaults to now, never in the future. */
    at;
    subject;
    outcome;
    promisedDate;
    promisedAmountCents;
    notes;
    relatedResource;
    relatedId;
}
exports.InteractionDto = InteractionDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], InteractionDto.prototype, "thirdPartyId", void 0);
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Object)
], InteractionDto.prototype, "contactId", void 0);
__decorate([
    (0, decorators_js_1.Choice)(interaction_entity_js_1.INTERACTION_KINDS, { required: true }),
    __metadata("design:type", String)
], InteractionDto.prototype, "kind", void 0);
__decorate([
    (0, class_validator_1.ValidateIf)((_o, v) => v !== null && v !== undefined && v !== ''),
    (0, class_validator_1.Matches)(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?$/, { message: 'app.validation.date' }),
    __metadata("design:type", Object)
], InteractionDto.prototype, "at", void 0);
__decorate([
    (0, decorators_js_1.Text)(200, { required: true }),
    __metadata("design:type", String)
], InteractionDto.prototype, "subject", void 0);
__decorate([
    (0, decorators_js_1.Choice)(interaction_entity_js_1.INTERACTION_OUTCOMES),
    __metadata("design:type", Object)
], InteractionDto.prototype, "outcome", void 0);
__decorate([
    (0, decorators_js_1.IsoDate)(),
    __metadata("design:type", Object)
], InteractionDto.prototype, "promisedDate", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ min: 1, max: 10_000_000_000 }),
    __metadata("design:type", Object)
], InteractionDto.prototype, "promisedAmountCents", void 0);
__decorate([
    (0, decorators_js_1.Text)(4000),
    __metadata("design:type", Object)
], InteractionDto.prototype, "notes", void 0);
__decorate([
    (0, decorators_js_1.Choice)(exports.INTERACTION_RELATED_RESOURCES),
    __metadata("design:type", Object)
], InteractionDto.prototype, "relatedResource", void 0);
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Object)
], InteractionDto.prototype, "relatedId", void 0);
//# sourceMappingURL=interaction.dto.js.map