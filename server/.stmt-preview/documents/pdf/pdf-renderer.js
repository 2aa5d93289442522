"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderDocumentPdf = renderDocumentPdf;
const pdfkit_1 = __importDefault(require("pdfkit"));
const cii_xml_js_1 = require("../facturx/cii-xml.js");
const facturx_xmp_js_1 = require("../facturx/facturx-xmp.js");
const draft_watermark_block_js_1 = require("./blocks/draft-watermark.block.js");
const layout_js_1 = require("./blocks/layout.js");
const page_footer_block_js_1 = require("./blocks/page-footer.block.js");
const document_texts_js_1 = require("./document-texts.js");
const fonts_js_1 = require("./fonts.js");
const index_js_1 = require("./templates/index.js");
const index_js_2 = require("./view-models/index.js");
/**
 * DocumentModel → PDF (A4, margins 40, DejaVu fonts embedded, "Page x / n", BROUILLON/DRAFT
 * watermark on unnumbered documents). Every document is PDF/A-3b; a numbered invoice, deposit
 * invoice or credit note is also Factur-X EN 16931: its CII XML is embedded as `factur-x.xml`
 * (AFRelationship Alternative, text/xml) and the XMP declares the fx extension schema. A draft
 * carries no XML: it is not an invoice yet.
 */
function renderDocumentPdf(model, options = {}) {
    return new Promise((resolve, reject) => {
        try {
            const texts = options.texts ?? (0, document_texts_js_1.defaultDocumentTexts)();
            const fonts = options.fonts ?? (0, fonts_js_1.loadFonts)();
            const vm = (0, index_js_2.buildViewModel)(model, texts);
            const creationDate = options.creationDate ?? new Date();
            const facturx = (0, cii_xml_js_1.isFacturxKind)(model.kind) && vm.number !== null;
            const xml = facturx ? (0, cii_xml_js_1.buildCiiXml)(model, texts) : null;
            const doc = new pdfkit_1.default({
                size: 'A4',
                margin: layout_js_1.PAGE.margin,
                bufferPages: true,
                pdfVersion: '1.7',
                subset: 'PDF/A-3b',
                lang: model.language === 'fr' ? 'fr-FR' : 'en-GB',
                displayTitle: true,
                // No default font: pdfkit's Helvetica would be written unembedded (forbidden by PDF/A).
                font: null,
                info: documentInfo(vm.fileTitle, model.seller.name, creationDate),
            });
            const chunks = [];
            doc.on('data', (chunk) => chunks.push(chunk));
            doc.on('end', () => resolve(Buffer.concat(chunks)));
            doc.on('error', reject);
            (0, fonts_js_1.registerFonts)(doc, fonts);
            const ctx = { doc, vm };
            index_js_1.TEMPLATES[model.kind](ctx);
            (0, page_footer_block_js_1.drawPageFooters)(ctx);
            (0, draft_watermark_block_js_1.drawDraftWatermark)(ctx);
            if (xml) {
                doc.file(Buffer.from(xml, 'utf8'), {
                    name: facturx_xmp_js_1.FACTURX_FILE_NAME,
                    type: 'text/xml',
                    description: 'Factur-X invoice (EN 16931)',
                    creationDate,
                    modifiedDate: creationDate,
                    // @types/pdfkit lacks the AFRelationship option that pdfkit supports.
                    relationship: 'Alternative',
                });
                doc.appendXML((0, facturx_xmp_js_1.facturxXmp)());
            }
            doc.end();
        }
        catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
        }
    });
}
/**
 * Document information. pdfkit copies Title and Author into the XMP without escaping them, and
 * PDF/A wants the two to agree: a value with an XML-special character is left out of both.
 */
function documentInfo(title, author, date) {
    // No ModDate: pdfkit writes no xmp:ModifyDate, and PDF/A wants every Info entry mirrored in the XMP.
    const info = { Creator: 'Comptoir', Producer: 'Comptoir (pdfkit)', CreationDate: date };
    if (!/[<>&]/.test(title))
        info.Title = title;
    if (!/[<>&]/.test(author))
        info.Author = author;
    return info;
}
//# sourceMappingURL=pdf-renderer.js.map