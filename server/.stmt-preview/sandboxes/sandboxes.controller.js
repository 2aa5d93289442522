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
exports.SandboxesController = exports.ResetSandboxDto = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const auth_decorators_js_1 = require("../auth/auth.decorators.js");
const decorators_js_1 = require("../common/validation/decorators.js");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const sandbox_guard_js_1 = require("../sandbox/sandbox.guard.js");
const sandboxes_service_js_1 = require("./sandboxes.service.js");
class ResetSandboxDto {
    reason;
}
exports.ResetSandboxDto = ResetSandboxDto;
__decorate([
    (0, decorators_js_1.Text)(500, { required: true }),
    __metadata("design:type", String)
], ResetSandboxDto.prototype, "reason", void 0);
let SandboxesController = class SandboxesController {
    sandboxes;
    constructor(sandboxes) {
        this.sandboxes = sandboxes;
    }
    reset(sandboxId, user, dto) {
        return this.sandboxes.reset(sandboxId, user, dto.reason);
    }
    context(ctx) {
        return this.sandboxes.context(ctx);
    }
};
exports.SandboxesController = SandboxesController;
__decorate([
    (0, common_1.Post)('reset'),
    (0, common_1.HttpCode)(200),
    (0, auth_decorators_js_1.Roles)('admin', 'proctor'),
    __param(0, (0, common_1.Param)('sandboxId')),
    __param(1, (0, auth_decorators_js_1.CurrentUser)()),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object, ResetSandboxDto]),
    __metadata("design:returntype", void 0)
], SandboxesController.prototype, "reset", null);
__decorate([
    (0, common_1.Get)('context'),
    (0, common_1.UseGuards)(sandbox_guard_js_1.SandboxGuard),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], SandboxesController.prototype, "context", null);
exports.SandboxesController = SandboxesController = __decorate([
    (0, swagger_1.ApiTags)('sandboxes'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('sandboxes/:sandboxId'),
    __metadata("design:paramtypes", [sandboxes_service_js_1.SandboxesService])
], SandboxesController);
//# sourceMappingURL=sandboxes.controller.js.map