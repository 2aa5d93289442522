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
exports.CompanyController = exports.CompanySettingsDto = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const decorators_js_1 = require("../common/validation/decorators.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const sandbox_guard_js_1 = require("../sandbox/sandbox.guard.js");
const company_entity_js_1 = require("./company.entity.js");
/** The few settings a candidate may change; the identity, CGV and delegation come from the scenario. */
class CompanySettingsDto {
    phone;
    email;
    website;
    defaultLanguage;
    documentFooterNote;
}
exports.CompanySettingsDto = CompanySettingsDto;
__decorate([
    (0, decorators_js_1.Phone)(),
    __metadata("design:type", Object)
], CompanySettingsDto.prototype, "phone", void 0);
__decorate([
    (0, decorators_js_1.Email)(),
    __metadata("design:type", Object)
], CompanySettingsDto.prototype, "email", void 0);
__decorate([
    (0, decorators_js_1.Text)(200),
    __metadata("design:type", Object)
], CompanySettingsDto.prototype, "website", void 0);
__decorate([
    (0, decorators_js_1.Choice)(['fr', 'en']),
    __metadata("design:type", Object)
], CompanySettingsDto.prototype, "defaultLanguage", void 0);
__decorate([
    (0, decorators_js_1.Text)(500),
    __metadata("design:type", Object)
], CompanySettingsDto.prototype, "documentFooterNote", void 0);
const EDITABLE = ['phone', 'email', 'website', 'defaultLanguage', 'documentFooterNote'];
let CompanyController = class CompanyController {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    get(ctx) {
        return this.db.read(ctx, (em) => em.findOneByOrFail(company_entity_js_1.Company, { id: 1 }));
    }
    update(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
            const after = em.create(company_entity_js_1.Company, { ...before });
            for (const field of EDITABLE) {
                if (dto[field] !== undefined)
                    after[field] = dto[field];
            }
            if (!after.defaultLanguage)
                after.defaultLanguage = before.defaultLanguage;
            await em.save(after);
            await this.journal.record(em, ctx, { resource: 'company', recordId: 1, action: 'update', label: after.name, before, after });
            return after;
        });
    }
};
exports.CompanyController = CompanyController;
__decorate([
    (0, common_1.Get)(),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], CompanyController.prototype, "get", null);
__decorate([
    (0, common_1.Put)(),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, CompanySettingsDto]),
    __metadata("design:returntype", void 0)
], CompanyController.prototype, "update", null);
exports.CompanyController = CompanyController = __decorate([
    (0, swagger_1.ApiTags)('company'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('sandboxes/:sandboxId/company'),
    (0, common_1.UseGuards)(sandbox_guard_js_1.SandboxGuard),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], CompanyController);
//# sourceMappingURL=company.controller.js.map