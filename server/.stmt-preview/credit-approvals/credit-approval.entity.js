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
exports.CreditApproval = exports.CREDIT_APPROVAL_STATUSES = void 0;
const typeorm_1 = require("typeorm");
exports.CREDIT_APPROVAL_STATUSES = ['pending', 'approved', 'refused'];
/**
 * A request to the manager to accept an order above the client's credit limit, with the figures
 * seen when it was asked; the manager's answer lands in the inbox.
 */
let CreditApproval = class CreditApproval {
    id;
    orderId;
    clientId;
    orderGrossCents;
    outstandingCents;
    creditLimitCents;
    overrunCents;
    reason;
    status;
    decidedBy;
    decidedAt;
    decisionNote;
    requestMessageId;
    replyMessageId;
    requestedAt;
};
exports.CreditApproval = CreditApproval;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], CreditApproval.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], CreditApproval.prototype, "orderId", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], CreditApproval.prototype, "clientId", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], CreditApproval.prototype, "orderGrossCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], CreditApproval.prototype, "outstandingCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], CreditApproval.prototype, "creditLimitCents", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], CreditApproval.prototype, "overrunCents", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], CreditApproval.prototype, "reason", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CreditApproval.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], CreditApproval.prototype, "decidedBy", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], CreditApproval.prototype, "decidedAt", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], CreditApproval.prototype, "decisionNote", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], CreditApproval.prototype, "requestMessageId", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], CreditApproval.prototype, "replyMessageId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], CreditApproval.prototype, "requestedAt", void 0);
exports.CreditApproval = CreditApproval = __decorate([
    (0, typeorm_1.Entity)('credit_approval')
], CreditApproval);
//# sourceMappingURL=credit-approval.entity.js.map