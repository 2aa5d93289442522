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
exports.OrderLine = exports.Order = exports.CREDIT_CHECK_STATUSES = exports.ORDER_STATUSES = void 0;
const typeorm_1 = require("typeorm");
const document_columns_js_1 = require("../documents/document.columns.js");
const document_line_columns_js_1 = require("../documents/lines/document-line.columns.js");
exports.ORDER_STATUSES = ['draft', 'validated', 'partially_delivered', 'delivered', 'cancelled'];
exports.CREDIT_CHECK_STATUSES = ['passed', 'acknowledged', 'approved', 'blocked'];
let Order = class Order extends document_columns_js_1.DocumentColumns {
    status;
    sourceQuoteId;
    /** The client's purchase-order number (BT-13 on the invoice). */
    clientReference;
    requestedDeliveryDate;
    paymentTerms;
    paymentMethod;
    deliveryLine1;
    deliveryLine2;
    deliveryPostcode;
    deliveryCity;
    deliveryCountry;
    cancelledAt;
    /** Outcome of the last credit check at validation (passed, acknowledged, approved, blocked) and when. */
    creditCheckStatus;
    creditCheckedAt;
};
exports.Order = Order;
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Order.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "sourceQuoteId", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "clientReference", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "requestedDeliveryDate", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "paymentTerms", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "paymentMethod", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "deliveryLine1", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "deliveryLine2", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "deliveryPostcode", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "deliveryCity", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "deliveryCountry", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "cancelledAt", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "creditCheckStatus", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Order.prototype, "creditCheckedAt", void 0);
exports.Order = Order = __decorate([
    (0, typeorm_1.Entity)('order')
], Order);
let OrderLine = class OrderLine extends document_line_columns_js_1.DocumentLineColumns {
    orderId;
};
exports.OrderLine = OrderLine;
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], OrderLine.prototype, "orderId", void 0);
exports.OrderLine = OrderLine = __decorate([
    (0, typeorm_1.Entity)('order_line')
], OrderLine);
//# sourceMappingURL=order.entity.js.map