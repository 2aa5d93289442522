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
exports.PaymentPlanInstallment = exports.PaymentPlan = exports.PAYMENT_PLAN_STATUSES = void 0;
const typeorm_1 = require("typeorm");
exports.PAYMENT_PLAN_STATUSES = ['active', 'completed', 'cancelled'];
/** An échéancier agreed with a client for overdue invoices: installments by date, followed against payments. */
let PaymentPlan = class PaymentPlan {
    id;
    clientId;
    agreedOn;
    invoiceIds;
    totalCents;
    status;
    notes;
    cancelReason;
    createdAt;
};
exports.PaymentPlan = PaymentPlan;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], PaymentPlan.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], PaymentPlan.prototype, "clientId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], PaymentPlan.prototype, "agreedOn", void 0);
__decorate([
    (0, typeorm_1.Column)('simple-json'),
    __metadata("design:type", Array)
], PaymentPlan.prototype, "invoiceIds", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], PaymentPlan.prototype, "totalCents", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], PaymentPlan.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], PaymentPlan.prototype, "notes", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], PaymentPlan.prototype, "cancelReason", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], PaymentPlan.prototype, "createdAt", void 0);
exports.PaymentPlan = PaymentPlan = __decorate([
    (0, typeorm_1.Entity)('payment_plan')
], PaymentPlan);
let PaymentPlanInstallment = class PaymentPlanInstallment {
    id;
    paymentPlanId;
    dueDate;
    amountCents;
};
exports.PaymentPlanInstallment = PaymentPlanInstallment;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], PaymentPlanInstallment.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], PaymentPlanInstallment.prototype, "paymentPlanId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], PaymentPlanInstallment.prototype, "dueDate", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], PaymentPlanInstallment.prototype, "amountCents", void 0);
exports.PaymentPlanInstallment = PaymentPlanInstallment = __decorate([
    (0, typeorm_1.Entity)('payment_plan_installment')
], PaymentPlanInstallment);
//# sourceMappingURL=payment-plan.entity.js.map