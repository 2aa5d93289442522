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
exports.CreditNotesController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const crud_routes_js_1 = require("../common/http/crud-routes.js");
const document_pdf_service_js_1 = require("../documents/document-pdf.service.js");
const send_document_dto_js_1 = require("../messages/dto/send-document.dto.js");
const messages_service_js_1 = require("../messages/messages.service.js");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const credit_note_dto_js_1 = require("./dto/credit-note.dto.js");
const credit_notes_service_js_1 = require("./credit-notes.service.js");
let CreditNotesController = class CreditNotesController extends (0, crud_routes_js_1.CrudRoutes)('credit-notes', credit_note_dto_js_1.CreditNoteDto) {
    service;
    pdf;
    messages;
    constructor(service, pdf, messages) {
        super();
        this.service = service;
        this.pdf = pdf;
        this.messages = messages;
    }
    send(ctx, id, dto) {
        return this.messages.sendDocument(ctx, 'credit-notes', id, dto ?? {});
    }
    pdfFile(ctx, id) {
        return this.pdf.file(ctx, 'credit-notes', id);
    }
    validate(ctx, id) {
        return this.service.validate(ctx, id);
    }
};
exports.CreditNotesController = CreditNotesController;
__decorate([
    (0, common_1.Post)(':id/send'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number, send_document_dto_js_1.SendDocumentDto]),
    __metadata("design:returntype", void 0)
], CreditNotesController.prototype, "send", null);
__decorate([
    (0, common_1.Get)(':id/pdf'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], CreditNotesController.prototype, "pdfFile", null);
__decorate([
    (0, common_1.Post)(':id/validate'),
    (0, common_1.HttpCode)(200),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], CreditNotesController.prototype, "validate", null);
exports.CreditNotesController = CreditNotesController = __decorate([
    (0, swagger_1.ApiTags)('credit-notes'),
    (0, common_1.Controller)('sandboxes/:sandboxId/credit-notes'),
    __metadata("design:paramtypes", [credit_notes_service_js_1.CreditNotesService,
        document_pdf_service_js_1.DocumentPdfService,
        messages_service_js_1.MessagesService])
], CreditNotesController);
//# sourceMappingURL=credit-notes.controller.js.map