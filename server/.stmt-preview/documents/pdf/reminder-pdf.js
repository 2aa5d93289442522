"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderReminderPdf = renderReminderPdf;
const pdfkit_1 = __importDefault(require("pdfkit"));
const layout_js_1 = require("./blocks/layout.js");
const page_footer_block_js_1 = require("./blocks/page-footer.block.js");
const document_texts_js_1 = require("./document-texts.js");
const fonts_js_1 = require("./fonts.js");
const reminder_template_js_1 = require("./templates/reminder.template.js");
const reminder_view_model_js_1 = require("./view-models/reminder.view-model.js");
/**
 * Reminder letter / formal notice → PDF, with the same page set-up as the sales documents (A4,
 * margins 40, DejaVu fonts embedded, PDF/A-3b, legal footer and "Page x / n" on every page).
 */
function renderReminderPdf(model, options = {}) {
    return new Promise((resolve, reject) => {
        try {
            const vm = (0, reminder_view_model_js_1.reminderViewModel)(model, options.texts ?? (0, document_texts_js_1.defaultDocumentTexts)());
            const creationDate = options.creationDate ?? new Date();
            const info = { Creator: 'Comptoir', Producer: 'Comptoir (pdfkit)', CreationDate: creationDate };
            // pdfkit copies Title and Author into the XMP unescaped: left out when they hold an XML-special character.
            if (!/[<>&]/.test(vm.fileTitle))
                info.Title = vm.fileTitle;
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
            (0, reminder_template_js_1.reminderTemplate)({ doc, vm });
            (0, page_footer_block_js_1.drawPageFooters)({ doc, vm: vm });
            doc.end();
        }
        catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
        }
    });
}
//# sourceMappingURL=reminder-pdf.js.map