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
exports.StatementsController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const sandbox_guard_js_1 = require("../sandbox/sandbox.guard.js");
const send_statement_dto_js_1 = require("./dto/send-statement.dto.js");
const statements_service_js_1 = require("./statements.service.js");
/** Relevés de compte: ?from=&to= (1 January – today by default), figures, PDF and e-mail. */
let StatementsController = class StatementsController {
    statements;
    constructor(statements) {
        this.statements = statements;
    }
    get(ctx, clientId, query) {
        return this.statements.get(ctx, clientId, query);
    }
    pdf(ctx, clientId, query) {
        return this.statements.pdf(ctx, clientId, query);
    }
    send(ctx, clientId, query, dto) {
        return this.statements.send(ctx, clientId, query, dto ?? {});
    }
};
exports.StatementsController = StatementsController;
__decorate([
    (0, common_1.Get)(':clientId'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('clientId', common_1.ParseIntPipe)),
    __param(2, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number, Object]),
    __metadata("design:returntype", void 0)
], StatementsController.prototype, "get", null);
__decorate([
    (0, common_1.Get)(':clientId/pdf'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('clientId', common_1.ParseIntPipe)),
    __param(2, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number, Object]),
    __metadata("design:returntype", void 0)
], StatementsController.prototype, "pdf", null);
__decorate([
    (0, common_1.Post)(':clientId/send'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('clientId', common_1.ParseIntPipe)),
    __param(2, (0, common_1.Query)()),
    __param(3, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number, Object, send_statement_dto_js_1.SendStatementDto]),
    __metadata("design:returntype", void 0)
], StatementsController.prototype, "send", null);
exports.StatementsController = StatementsController = __decorate([
    (0, swagger_1.ApiTags)('statements'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('sandboxes/:sandboxId/statements'),
    (0, common_1.UseGuards)(sandbox_guard_js_1.SandboxGuard),
    __metadata("design:paramtypes", [statements_service_js_1.StatementsService])
], StatementsController);
//# sourceMappingURL=statements.controller.js.map