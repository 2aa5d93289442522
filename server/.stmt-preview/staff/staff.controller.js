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
exports.StaffController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const content_range_js_1 = require("../common/http/content-range.js");
const list_query_js_1 = require("../common/http/list-query.js");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const sandbox_guard_js_1 = require("../sandbox/sandbox.guard.js");
const staff_entity_js_1 = require("./staff.entity.js");
const LIST = {
    alias: 's',
    sortable: { id: 's.id', lastName: 's.lastName', firstName: 's.firstName', role: 's.role', jobTitle: 's.jobTitle' },
    filters: { id: list_query_js_1.filters.ids('s.id'), role: list_query_js_1.filters.equals('s.role', staff_entity_js_1.STAFF_ROLES), q: list_query_js_1.filters.text(['s.firstName', 's.lastName', 's.jobTitle']) },
};
/** The company's people, from the scenario (read-only). */
let StaffController = class StaffController {
    db;
    constructor(db) {
        this.db = db;
    }
    async list(ctx, query, res) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['lastName', 'ASC']);
        return (0, content_range_js_1.withContentRange)(res, 'staff', await this.db.read(ctx, (em) => (0, list_query_js_1.runList)(em.createQueryBuilder(staff_entity_js_1.Staff, 's'), LIST, list)));
    }
    get(ctx, id) {
        return this.db.read(ctx, (em) => em.findOneByOrFail(staff_entity_js_1.Staff, { id }));
    }
};
exports.StaffController = StaffController;
__decorate([
    (0, common_1.Get)(),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Query)()),
    __param(2, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Object]),
    __metadata("design:returntype", Promise)
], StaffController.prototype, "list", null);
__decorate([
    (0, common_1.Get)(':id'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], StaffController.prototype, "get", null);
exports.StaffController = StaffController = __decorate([
    (0, swagger_1.ApiTags)('staff'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('sandboxes/:sandboxId/staff'),
    (0, common_1.UseGuards)(sandbox_guard_js_1.SandboxGuard),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb])
], StaffController);
//# sourceMappingURL=staff.controller.js.map