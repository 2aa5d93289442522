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
exports.ClientCreditController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const sandbox_guard_js_1 = require("../sandbox/sandbox.guard.js");
const client_credit_service_js_1 = require("./client-credit.service.js");
const client_credit_dto_js_1 = require("./dto/client-credit.dto.js");
/** The client's credit position (encours, limit, overdue, risk); its own path below the tier's routes. */
let ClientCreditController = class ClientCreditController {
    credit;
    constructor(credit) {
        this.credit = credit;
    }
    get(ctx, id) {
        return this.credit.get(ctx, id);
    }
    update(ctx, id, dto) {
        return this.credit.update(ctx, id, dto);
    }
};
exports.ClientCreditController = ClientCreditController;
__decorate([
    (0, common_1.Get)(),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], ClientCreditController.prototype, "get", null);
__decorate([
    (0, common_1.Put)(),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number, client_credit_dto_js_1.ClientCreditDto]),
    __metadata("design:returntype", void 0)
], ClientCreditController.prototype, "update", null);
exports.ClientCreditController = ClientCreditController = __decorate([
    (0, swagger_1.ApiTags)('third-parties'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('sandboxes/:sandboxId/third-parties/:id/credit'),
    (0, common_1.UseGuards)(sandbox_guard_js_1.SandboxGuard),
    __metadata("design:paramtypes", [client_credit_service_js_1.ClientCreditService])
], ClientCreditController);
//# sourceMappingURL=client-credit.controller.js.map