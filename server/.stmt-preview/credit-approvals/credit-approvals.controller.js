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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CreditApprovalsController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const content_range_js_1 = require("../common/http/content-range.js");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const sandbox_guard_js_1 = require("../sandbox/sandbox.guard.js");
const credit_approvals_service_js_1 = require("./credit-approvals.service.js");
const credit_approval_request_dto_js_1 = require("./dto/credit-approval-request.dto.js");
/** Approval requests for orders above the client's credit limit: asked from an order, read as a list. */
let CreditApprovalsController = class CreditApprovalsController {
    approvals;
    constructor(approvals) {
        this.approvals = approvals;
    }
    request(ctx, id, dto) {
        return this.approvals.request(ctx, id, dto ?? {});
    }
    async list(ctx, query, res) {
        return (0, content_range_js_1.withContentRange)(res, 'credit-approvals', await this.approvals.list(ctx, query));
    }
    get(ctx, id) {
        return this.approvals.get(ctx, id);
    }
};
exports.CreditApprovalsController = CreditApprovalsController;
__decorate([
    (0, common_1.Post)('orders/:id/credit-approval'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number, credit_approval_request_dto_js_1.CreditApprovalRequestDto]),
    __metadata("design:returntype", void 0)
], CreditApprovalsController.prototype, "request", null);
__decorate([
    (0, common_1.Get)('credit-approvals'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Query)()),
    __param(2, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Object]),
    __metadata("design:returntype", Promise)
], CreditApprovalsController.prototype, "list", null);
__decorate([
    (0, common_1.Get)('credit-approvals/:id'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], CreditApprovalsController.prototype, "get", null);
exports.CreditApprovalsController = CreditApprovalsController = __decorate([
    (0, swagger_1.ApiTags)('credit-approvals'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('sandboxes/:sandboxId'),
    (0, common_1.UseGuards)(sandbox_guard_js_1.SandboxGuard),
    __metadata("design:paramtypes", [credit_approvals_service_js_1.CreditApprovalsService])
], CreditApprovalsController);
//# sourceMappingURL=credit-approvals.controller.js.map