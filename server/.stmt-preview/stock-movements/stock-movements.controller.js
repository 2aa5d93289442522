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
exports.StockMovementsController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const content_range_js_1 = require("../common/http/content-range.js");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const sandbox_guard_js_1 = require("../sandbox/sandbox.guard.js");
const stock_movement_dto_js_1 = require("./dto/stock-movement.dto.js");
const stock_movements_service_js_1 = require("./stock-movements.service.js");
/** The stock ledger: list, read, append. Never updated nor deleted. */
let StockMovementsController = class StockMovementsController {
    movements;
    constructor(movements) {
        this.movements = movements;
    }
    async list(ctx, query, res) {
        return (0, content_range_js_1.withContentRange)(res, 'stock-movements', await this.movements.list(ctx, query));
    }
    get(ctx, id) {
        return this.movements.get(ctx, id);
    }
    create(ctx, dto) {
        return this.movements.create(ctx, dto);
    }
    update() {
        throw new domain_exception_js_1.DomainException('STOCK_LEDGER_APPEND_ONLY');
    }
    remove() {
        throw new domain_exception_js_1.DomainException('STOCK_LEDGER_APPEND_ONLY');
    }
};
exports.StockMovementsController = StockMovementsController;
__decorate([
    (0, common_1.Get)(),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Query)()),
    __param(2, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Object]),
    __metadata("design:returntype", Promise)
], StockMovementsController.prototype, "list", null);
__decorate([
    (0, common_1.Get)(':id'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], StockMovementsController.prototype, "get", null);
__decorate([
    (0, common_1.Post)(),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, stock_movement_dto_js_1.StockMovementDto]),
    __metadata("design:returntype", void 0)
], StockMovementsController.prototype, "create", null);
__decorate([
    (0, common_1.Put)(':id'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", void 0)
], StockMovementsController.prototype, "update", null);
__decorate([
    (0, common_1.Delete)(':id'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", void 0)
], StockMovementsController.prototype, "remove", null);
exports.StockMovementsController = StockMovementsController = __decorate([
    (0, swagger_1.ApiTags)('stock-movements'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('sandboxes/:sandboxId/stock-movements'),
    (0, common_1.UseGuards)(sandbox_guard_js_1.SandboxGuard),
    __metadata("design:paramtypes", [stock_movements_service_js_1.StockMovementsService])
], StockMovementsController);
//# sourceMappingURL=stock-movements.controller.js.map