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
exports.TotalsPreviewController = exports.TotalsPreviewDto = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const decorators_js_1 = require("../common/validation/decorators.js");
const company_entity_js_1 = require("../company/company.entity.js");
const product_entity_js_1 = require("../products/product.entity.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const sandbox_guard_js_1 = require("../sandbox/sandbox.guard.js");
const document_line_dto_js_1 = require("./dto/document-line.dto.js");
const compute_totals_js_1 = require("./lines/compute-totals.js");
const priced_lines_js_1 = require("./priced-lines.js");
class TotalsPreviewDto {
    clientId;
    globalDiscountBp;
    shippingCents;
    shippingVatRateBp;
    lines;
}
exports.TotalsPreviewDto = TotalsPreviewDto;
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Number)
], TotalsPreviewDto.prototype, "clientId", void 0);
__decorate([
    (0, decorators_js_1.Int)({ max: 10_000 }),
    __metadata("design:type", Object)
], TotalsPreviewDto.prototype, "globalDiscountBp", void 0);
__decorate([
    (0, decorators_js_1.Cents)({ max: 10_000_000 }),
    __metadata("design:type", Object)
], TotalsPreviewDto.prototype, "shippingCents", void 0);
__decorate([
    (0, decorators_js_1.Choice)(product_entity_js_1.VAT_RATES_BP),
    __metadata("design:type", Object)
], TotalsPreviewDto.prototype, "shippingVatRateBp", void 0);
__decorate([
    (0, document_line_dto_js_1.LinesArray)(),
    __metadata("design:type", Array)
], TotalsPreviewDto.prototype, "lines", void 0);
/**
 * The totals of lines being typed, computed by the server exactly as they will be saved (product
 * defaults, delegation limit, the client's VAT regime), without saving anything: the editor's live totals.
 */
let TotalsPreviewController = class TotalsPreviewController {
    db;
    constructor(db) {
        this.db = db;
    }
    preview(ctx, dto) {
        return this.db.read(ctx, async (em) => {
            const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
            const client = await (0, priced_lines_js_1.clientFor)(em, dto.clientId, { allowProspect: true });
            const lines = await (0, priced_lines_js_1.resolveLines)(em, dto.lines, company, dto.globalDiscountBp ?? 0);
            const vatRegime = (0, priced_lines_js_1.vatRegimeOf)(client);
            const totals = (0, compute_totals_js_1.computeTotals)({ lines, globalDiscountBp: dto.globalDiscountBp ?? 0, shippingCents: dto.shippingCents ?? 0, shippingVatRateBp: dto.shippingVatRateBp ?? 2000, exempt: vatRegime !== 'standard' });
            return { vatRegime, lines: lines.map((l, i) => ({ ...l, netCents: totals.lineNets[i] })), ...totals };
        });
    }
};
exports.TotalsPreviewController = TotalsPreviewController;
__decorate([
    (0, common_1.Post)(),
    (0, common_1.HttpCode)(200),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, TotalsPreviewDto]),
    __metadata("design:returntype", void 0)
], TotalsPreviewController.prototype, "preview", null);
exports.TotalsPreviewController = TotalsPreviewController = __decorate([
    (0, swagger_1.ApiTags)('documents'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('sandboxes/:sandboxId/document-totals'),
    (0, common_1.UseGuards)(sandbox_guard_js_1.SandboxGuard),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb])
], TotalsPreviewController);
//# sourceMappingURL=totals-preview.controller.js.map