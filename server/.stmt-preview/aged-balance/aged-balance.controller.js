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
exports.AgedBalanceController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const sandbox_guard_js_1 = require("../sandbox/sandbox.guard.js");
const aged_balance_query_js_1 = require("./aged-balance-query.js");
const aged_balance_service_js_1 = require("./aged-balance.service.js");
/** Balance âgée: read-only, on the scenario date; ?clientId= keeps one client. */
let AgedBalanceController = class AgedBalanceController {
    agedBalance;
    constructor(agedBalance) {
        this.agedBalance = agedBalance;
    }
    get(ctx, query) {
        return this.agedBalance.report(ctx, (0, aged_balance_query_js_1.parseAgedBalanceQuery)(query).clientId);
    }
    /** A download: ?format=csv (default) or xlsx; balance-agee-YYYY-MM-DD.csv|.xlsx. */
    export(ctx, query) {
        const { clientId, format } = (0, aged_balance_query_js_1.parseAgedBalanceQuery)(query, { download: true });
        return this.agedBalance.export(ctx, clientId, format);
    }
};
exports.AgedBalanceController = AgedBalanceController;
__decorate([
    (0, common_1.Get)(),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], AgedBalanceController.prototype, "get", null);
__decorate([
    (0, common_1.Get)('export'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], AgedBalanceController.prototype, "export", null);
exports.AgedBalanceController = AgedBalanceController = __decorate([
    (0, swagger_1.ApiTags)('aged-balance'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('sandboxes/:sandboxId/aged-balance'),
    (0, common_1.UseGuards)(sandbox_guard_js_1.SandboxGuard),
    __metadata("design:paramtypes", [aged_balance_service_js_1.AgedBalanceService])
], AgedBalanceController);
//# sourceMappingURL=aged-balance.controller.js.map