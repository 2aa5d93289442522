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
Object.defineProperty(exports, "__esModule", { value: true });
exports.DocumentPdfService = void 0;
const common_1 = require("@nestjs/common");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const document_model_factory_js_1 = require("./document-model.factory.js");
const pdf_renderer_js_1 = require("./pdf/pdf-renderer.js");
const DRAFT_NAMES = {
    quotes: 'devis',
    orders: 'commande',
    'delivery-notes': 'bon-de-livraison',
    invoices: 'facture',
    'credit-notes': 'avoir',
};
/** The PDF of one document: read in the sandbox's queue, rendered outside it. */
let DocumentPdfService = class DocumentPdfService {
    db;
    constructor(db) {
        this.db = db;
    }
    async render(ctx, resource, id) {
        const model = await this.db.read(ctx, (em) => (0, document_model_factory_js_1.buildDocumentModel)(em, resource, id));
        const buffer = await (0, pdf_renderer_js_1.renderDocumentPdf)(model, { creationDate: ctx.clock.now() });
        return { buffer, filename: `${model.number ?? `BROUILLON-${DRAFT_NAMES[resource]}-${id}`}.pdf` };
    }
    async file(ctx, resource, id) {
        const { buffer, filename } = await this.render(ctx, resource, id);
        return new common_1.StreamableFile(buffer, { type: 'application/pdf', disposition: `inline; filename="${filename}"`, length: buffer.length });
    }
};
exports.DocumentPdfService = DocumentPdfService;
exports.DocumentPdfService = DocumentPdfService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb])
], DocumentPdfService);
//# sourceMappingURL=document-pdf.service.js.map