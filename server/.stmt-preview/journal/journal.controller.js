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
exports.JournalController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const content_range_js_1 = require("../common/http/content-range.js");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const sandbox_guard_js_1 = require("../sandbox/sandbox.guard.js");
const journal_service_js_1 = require("./journal.service.js");
/** Read-only: candidates see their own sandbox's journal, proctors and juries any. */
let JournalController = class JournalController {
    journal;
    constructor(journal) {
        this.journal = journal;
    }
    async list(ctx, query, res) {
        return (0, content_range_js_1.withContentRange)(res, 'journal', await this.journal.list(ctx, query));
    }
    verify(ctx) {
        return this.journal.verify(ctx);
    }
};
exports.JournalController = JournalController;
__decorate([
    (0, common_1.Get)(),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Query)()),
    __param(2, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Object]),
    __metadata("design:returntype", Promise)
], JournalController.prototype, "list", null);
__decorate([
    (0, common_1.Get)('verify'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], JournalController.prototype, "verify", null);
exports.JournalController = JournalController = __decorate([
    (0, swagger_1.ApiTags)('journal'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('sandboxes/:sandboxId/journal'),
    (0, common_1.UseGuards)(sandbox_guard_js_1.SandboxGuard),
    __metadata("design:paramtypes", [journal_service_js_1.JournalService])
], JournalController);
//# sourceMappingURL=journal.controller.js.map