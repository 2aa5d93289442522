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
exports.CrudRoutes = CrudRoutes;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const sandbox_decorator_js_1 = require("../../sandbox/sandbox.decorator.js");
const sandbox_guard_js_1 = require("../../sandbox/sandbox.guard.js");
const validation_pipe_options_js_1 = require("../validation/validation-pipe.options.js");
const content_range_js_1 = require("./content-range.js");
/**
 * The five routes of a sandbox resource in the ra-data-simple-rest dialect. A resource's controller
 * extends this and adds its actions (declared in the subclass, they match before `:id`).
 */
function CrudRoutes(resource, dto) {
    const body = new common_1.ValidationPipe({ ...validation_pipe_options_js_1.validationPipeOptions, expectedType: dto });
    let Crud = class Crud {
        async list(ctx, query, res) {
            return (0, content_range_js_1.withContentRange)(res, resource, await this.service.list(ctx, query));
        }
        get(ctx, id) {
            return this.service.get(ctx, id);
        }
        create(ctx, input) {
            return this.service.create(ctx, input);
        }
        update(ctx, id, input) {
            return this.service.update(ctx, id, input);
        }
        remove(ctx, id) {
            return this.service.remove(ctx, id);
        }
    };
    __decorate([
        (0, common_1.Get)(),
        __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
        __param(1, (0, common_1.Query)()),
        __param(2, (0, common_1.Res)({ passthrough: true })),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", [Object, Object, Object]),
        __metadata("design:returntype", Promise)
    ], Crud.prototype, "list", null);
    __decorate([
        (0, common_1.Get)(':id'),
        __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
        __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", [Object, Number]),
        __metadata("design:returntype", void 0)
    ], Crud.prototype, "get", null);
    __decorate([
        (0, common_1.Post)(),
        (0, swagger_1.ApiBody)({ type: dto }),
        __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
        __param(1, (0, common_1.Body)(body)),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", [Object, Object]),
        __metadata("design:returntype", void 0)
    ], Crud.prototype, "create", null);
    __decorate([
        (0, common_1.Put)(':id'),
        (0, swagger_1.ApiBody)({ type: dto }),
        __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
        __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
        __param(2, (0, common_1.Body)(body)),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", [Object, Number, Object]),
        __metadata("design:returntype", void 0)
    ], Crud.prototype, "update", null);
    __decorate([
        (0, common_1.Delete)(':id'),
        __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
        __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", [Object, Number]),
        __metadata("design:returntype", void 0)
    ], Crud.prototype, "remove", null);
    Crud = __decorate([
        (0, swagger_1.ApiBearerAuth)(),
        (0, common_1.UseGuards)(sandbox_guard_js_1.SandboxGuard)
    ], Crud);
    return Crud;
}
//# sourceMappingURL=crud-routes.js.map