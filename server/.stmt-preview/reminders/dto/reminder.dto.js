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
exports.ReminderDto = void 0;
const class_validator_1 = require("class-validator");
const decorators_js_1 = require("../../common/validation/decorators.js");
const interaction_entity_js_1 = require("../../interactions/interaction.entity.js");
const reminder_entity_js_1 = require("../reminder.entity.js");
/**
 * A reminder about some overdue invoices of one client: a written one (e-mail, letter, formal
 * notice) at a level of the procedure, or a phone call with its outcome.
 */
class ReminderDto {
    clientId;
    kind;
    invoiceIds;
    /** Written reminders: defaults to the next level of the procedure for these invoices. */
    level;
    contactId;
    /** Defaults to today + the company's reminder deadline. */
    newDeadline;
    notes;
    /** Phone calls only. */
    outcome;
    promisedDate;
    promisedAmountCents;
}
exports.ReminderDto = ReminderDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], ReminderDto.prototype, "clientId", void 0);
__decorate([
    (0, decorators_js_1.Choice)(reminder_entity_js_1.REMINDER_KINDS, { required: true }),
    __metadata("design:type", String)
], ReminderDto.prototype, "kind", void 0);
__decorate([
    (0, class_validator_1.IsArray)({ message: 'app.validation.required' }),
    (0, class_validator_1.ArrayMinSize)(1, { message: 'app.validation.required' }),
    (0, class_validator_1.ArrayMaxSize)(100, { message: 'app.validation.too_large' }),
    (0, class_validator_1.IsInt)({ each: true, message: 'app.validation.integer' }),
    (0, class_validator_1.Min)(1, { each: true, message: 'app.validation.positive' }),
    (0, class_validator_1.Max)(1_000_000_000, { each: true, message: 'app.validation.too_large' }),
    __metadata("design:type", Array)
], ReminderDto.prototype, "invoiceIds", void 0);
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 20 }),
    __metadata("design:type", Object)
], ReminderDto.prototype, "level", void 0);
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Object)
], ReminderDto.prototype, "contactId", void 0);
__decorate([
    (0, decorators_js_1.IsoDate)(),
    __metadata("design:type", Object)
], ReminderDto.prototype, "newDeadline", void 0);
__decorate([
    (0, decorators_js_1.Text)(2000),
    __metadata("design:type", Object)
], ReminderDto.prototype, "notes", void 0);
__decorate([
    (0, decorators_js_1.Choice)(interaction_entity_js_1.INTERACTION_OUTCOMES),
    __metadata("design:type", Object)
], ReminderDto.prototype, "outcome", void 0);
__decorate([
    (0, decorators_js_1.IsoDate)(),
    __metadata("design:type", Object)
], ReminderDto.prototype, "promisedDate", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ min: 1, max: 10_000_000_000 }),
    __metadata("design:type", Object)
], ReminderDto.prototype, "promisedAmountCents", void 0);
//# sourceMappingURL=reminder.dto.js.map