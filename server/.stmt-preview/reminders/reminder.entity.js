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
exports.ReminderInvoice = exports.Reminder = exports.REMINDER_KINDS = void 0;
const typeorm_1 = require("typeorm");
/** email/letter/formal_notice follow the company's recovery steps; phone is a call logged with its outcome. */
exports.REMINDER_KINDS = ['email', 'letter', 'formal_notice', 'phone'];
/**
 * A reminder (relance) sent to one client about one or several overdue invoices. The figures are
 * frozen when it is made (reminder_invoice), so the letter reads the same later.
 */
let Reminder = class Reminder {
    id;
    clientId;
    contactId;
    /** Level of the recovery procedure (1, 2, 3…); a phone call takes the level it follows up. */
    level;
    kind;
    /** Scenario day it was made. */
    date;
    /** Date by which the client is asked to pay. */
    newDeadline;
    language;
    balanceCents;
    penaltyCents;
    indemnityCents;
    totalClaimedCents;
    /** The e-mail put in the outbox, if any; the call logged, if any. */
    messageId;
    interactionId;
    notes;
    author;
    createdAt;
};
exports.Reminder = Reminder;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Reminder.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Reminder.prototype, "clientId", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Reminder.prototype, "contactId", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Reminder.prototype, "level", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Reminder.prototype, "kind", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Reminder.prototype, "date", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Reminder.prototype, "newDeadline", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Reminder.prototype, "language", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Reminder.prototype, "balanceCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Reminder.prototype, "penaltyCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Reminder.prototype, "indemnityCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], Reminder.prototype, "totalClaimedCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Reminder.prototype, "messageId", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Reminder.prototype, "interactionId", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Reminder.prototype, "notes", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Reminder.prototype, "author", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Reminder.prototype, "createdAt", void 0);
exports.Reminder = Reminder = __decorate([
    (0, typeorm_1.Entity)('reminder')
], Reminder);
let ReminderInvoice = class ReminderInvoice {
    id;
    reminderId;
    invoiceId;
    invoiceNumber;
    invoiceDate;
    dueDate;
    grossCents;
    paidCents;
    balanceCents;
    daysLate;
    /** Annual rate applied (the last segment's when it changed during the period). */
    rateBp;
    penaltyCents;
    indemnityCents;
};
exports.ReminderInvoice = ReminderInvoice;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], ReminderInvoice.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], ReminderInvoice.prototype, "reminderId", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], ReminderInvoice.prototype, "invoiceId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ReminderInvoice.prototype, "invoiceNumber", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ReminderInvoice.prototype, "invoiceDate", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ReminderInvoice.prototype, "dueDate", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], ReminderInvoice.prototype, "grossCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], ReminderInvoice.prototype, "paidCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], ReminderInvoice.prototype, "balanceCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], ReminderInvoice.prototype, "daysLate", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], ReminderInvoice.prototype, "rateBp", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], ReminderInvoice.prototype, "penaltyCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], ReminderInvoice.prototype, "indemnityCents", void 0);
exports.ReminderInvoice = ReminderInvoice = __decorate([
    (0, typeorm_1.Entity)('reminder_invoice')
], ReminderInvoice);
//# sourceMappingURL=reminder.entity.js.map