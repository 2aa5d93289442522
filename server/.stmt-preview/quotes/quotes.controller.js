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
exports.QuotesController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const crud_routes_js_1 = require("../common/http/crud-routes.js");
const document_pdf_service_js_1 = require("../documents/document-pdf.service.js");
const send_document_dto_js_1 = require("../messages/dto/send-document.dto.js");
const messages_service_js_1 = require("../messages/messages.service.js");
const sandbox_decorator_js_1 = require("../sandbox/sandbox.decorator.js");
const quote_dto_js_1 = require("./dto/quote.dto.js");
const quotes_service_js_1 = require("./quotes.service.js");
let QuotesController = class QuotesController extends (0, crud_routes_js_1.CrudRoutes)('quotes', quote_dto_js_1.QuoteDto) {
    service;
    pdf;
    messages;
    constructor(service, pdf, messages) {
        super();
        this.service = service;
        this.pdf = pdf;
        this.messages = messages;
    }
    pdfFile(ctx, id) {
        return this.pdf.file(ctx, 'quotes', id);
    }
    validate(ctx, id) {
        return this.service.validate(ctx, id);
    }
    /** Sends the quote (outbox e-mail with the PDF, or another mode) and marks it sent. */
    send(ctx, id, dto) {
        return this.service.send(ctx, id, (markSent) => this.messages.sendDocument(ctx, 'quotes', id, dto ?? {}, markSent));
    }
    accept(ctx, id) {
        return this.service.accept(ctx, id);
    }
    refuse(ctx, id) {
        return this.service.refuse(ctx, id);
    }
    duplicate(ctx, id) {
        return this.service.duplicate(ctx, id);
    }
    convertToOrder(ctx, id) {
        return this.service.convertToOrder(ctx, id);
    }
};
exports.QuotesController = QuotesController;
__decorate([
    (0, common_1.Get)(':id/pdf'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], QuotesController.prototype, "pdfFile", null);
__decorate([
    (0, common_1.Post)(':id/validate'),
    (0, common_1.HttpCode)(200),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], QuotesController.prototype, "validate", null);
__decorate([
    (0, common_1.Post)(':id/send'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number, send_document_dto_js_1.SendDocumentDto]),
    __metadata("design:returntype", void 0)
], QuotesController.prototype, "send", null);
__decorate([
    (0, common_1.Post)(':id/accept'),
    (0, common_1.HttpCode)(200),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], QuotesController.prototype, "accept", null);
__decorate([
    (0, common_1.Post)(':id/refuse'),
    (0, common_1.HttpCode)(200),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], QuotesController.prototype, "refuse", null);
__decorate([
    (0, common_1.Post)(':id/duplicate'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], QuotesController.prototype, "duplicate", null);
__decorate([
    (0, common_1.Post)(':id/convert-to-order'),
    __param(0, (0, sandbox_decorator_js_1.Sandbox)()),
    __param(1, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number]),
    __metadata("design:returntype", void 0)
], QuotesController.prototype, "convertToOrder", null);
exports.QuotesController = QuotesController = __decorate([
    (0, swagger_1.ApiTags)('quotes'),
    (0, common_1.Controller)('sandboxes/:sandboxId/quotes'),
    __metadata("design:paramtypes", [quotes_service_js_1.QuotesService,
        document_pdf_service_js_1.DocumentPdfService,
        messages_service_js_1.MessagesService])
], QuotesController);
//# sourceMappingURL=quotes.controller.js.map