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
exports.RemindersController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const content_range_js_1 = require("../common/http/content-range.js");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const sandbox_guard_js_1 = require("../sandbox/sandbox.guard.js");
const reminder_dto_js_1 = require("./dto/reminder.dto.js");
const reminders_service_js_1 = require("./reminders.service.js");
/** Reminders are made (and their letter sent), never edited nor deleted; the worklist says whom to chase. */
let RemindersController = class RemindersController {
    reminders;
    constructor(reminders) {
        this.reminders = reminders;
    }
    worklist(ctx) {
        return this.reminders.worklist(ctx);
    }
    async list(ctx, query, res) {
        return (0, content_range_js_1.withContentRange)(res, 'reminders', await this.reminders.list(ctx, query));
    }
    get(ctx, id) {
        return this.reminders.get(ctx, id);
    }
    pdf(ctx, id) {
        return this.reminders.pdf(ctx, id);
    }
    create(ctx, dto) {
        return this.reminders.create(ctx, dto);
    }
};
exports.RemindersController = RemindersController;
__decorate([
    (0, common_1.Get)('worklist'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], RemindersController.prototype, "worklist", null);
__decorate([
    (0, common_1.Get)(),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Query)()),
    __param(2, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Object]),
    __metadata("design:returntype", Promise)
], RemindersController.prototype, "list", null);
__decorate([
    (0, common_1.Get)(':id'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], RemindersController.prototype, "get", null);
__decorate([
    (0, common_1.Get)(':id/pdf'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], RemindersController.prototype, "pdf", null);
__decorate([
    (0, common_1.Post)(),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, reminder_dto_js_1.ReminderDto]),
    __metadata("design:returntype", void 0)
], RemindersController.prototype, "create", null);
exports.RemindersController = RemindersController = __decorate([
    (0, swagger_1.ApiTags)('reminders'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('sandboxes/:sandboxId/reminders'),
    (0, common_1.UseGuards)(sandbox_guard_js_1.SandboxGuard),
    __metadata("design:paramtypes", [reminders_service_js_1.RemindersService])
], RemindersController);
//# sourceMappingURL=reminders.controller.js.map