"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderStatementPdf = renderStatementPdf;
const pdfkit_1 = __importDefault(require("pdfkit"));
const page_footer_block_js_1 = require("../documents/pdf/blocks/page-footer.block.js");
const layout_js_1 = require("../documents/pdf/blocks/layout.js");
const document_texts_js_1 = require("../documents/pdf/document-texts.js");
const fonts_js_1 = require("../documents/pdf/fonts.js");
const statement_template_js_1 = require("../documents/pdf/templates/statement.template.js");
const statement_view_model_js_1 = require("../documents/pdf/view-models/statement.view-model.js");
/**
 * Statement → PDF, like the commercial documents: A4, PDF/A-3b, DejaVu fonts embedded, legal footer
 * and "Page x / n" on every page. No Factur-X XML: a statement is not an invoice.
 */
function renderStatementPdf(model, options = {}) {
    return new Promise((resolve, reject) => {
        try {
            const vm = (0, statement_view_model_js_1.statementViewModel)(model, options.texts ?? (0, document_texts_js_1.defaultDocumentTexts)());
            const info = { Creator: 'Comptoir', Producer: 'Comptoir (pdfkit)', CreationDate: options.creationDate ?? new Date() };
            // pdfkit copies Title and Author into the XMP unescaped: a value with an XML-special character is left out.
            if (!/[<>&]/.test(vm.frame.fileTitle))
                info.Title = vm.frame.fileTitle;
            if (!/[<>&]/.test(model.seller.name))
                info.Author = model.seller.name;
            const doc = new pdfkit_1.default({
                size: 'A4',
                margin: layout_js_1.PAGE.margin,
                bufferPages: true,
                pdfVersion: '1.7',
                subset: 'PDF/A-3b',
                lang: model.language === 'fr' ? 'fr-FR' : 'en-GB',
                displayTitle: true,
                font: null,
                info,
            });
            const chunks = [];
            doc.on('data', (chunk) => chunks.push(chunk));
            doc.on('end', () => resolve(Buffer.concat(chunks)));
            doc.on('error', reject);
            (0, fonts_js_1.registerFonts)(doc, options.fonts ?? (0, fonts_js_1.loadFonts)());
            (0, page_footer_block_js_1.drawPageFooters)((0, statement_template_js_1.statementTemplate)(doc, vm));
            doc.end();
        }
        catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
        }
    });
}
//# sourceMappingURL=statement-pdf.js.map