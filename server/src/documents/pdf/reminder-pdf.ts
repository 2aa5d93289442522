import PDFDocument from 'pdfkit';
import type { RenderContext } from './blocks/layout.js';
import { PAGE } from './blocks/layout.js';
import { drawPageFooters } from './blocks/page-footer.block.js';
import { defaultDocumentTexts } from './document-texts.js';
import { loadFonts, registerFonts } from './fonts.js';
import type { RenderOptions } from './pdf-renderer.js';
import { reminderTemplate } from './templates/reminder.template.js';
import { reminderViewModel, type ReminderLetterModel } from './view-models/reminder.view-model.js';
import type { DocumentViewModel } from './view-models/view-model.types.js';

/**
 * Reminder letter / formal notice → PDF, with the same page set-up as the sales documents (A4,
 * margins 40, DejaVu fonts embedded, PDF/A-3b, legal footer and "Page x / n" on every page).
 */
export function renderReminderPdf(model: ReminderLetterModel, options: RenderOptions = {}): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    try {
      const vm = reminderViewModel(model, options.texts ?? defaultDocumentTexts());
      const creationDate = options.creationDate ?? new Date();
      const info: PDFKit.DocumentInfo = { Creator: 'Comptoir', Producer: 'Comptoir (pdfkit)', CreationDate: creationDate };
      // pdfkit copies Title and Author into the XMP unescaped: left out when they hold an XML-special character.
      if (!/[<>&]/.test(vm.fileTitle)) info.Title = vm.fileTitle;
      if (!/[<>&]/.test(model.seller.name)) info.Author = model.seller.name;
      const doc = new PDFDocument({
        size: 'A4',
        margin: PAGE.margin,
        bufferPages: true,
        pdfVersion: '1.7',
        subset: 'PDF/A-3b',
        lang: model.language === 'fr' ? 'fr-FR' : 'en-GB',
        displayTitle: true,
        font: null as unknown as string,
        info,
      });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      registerFonts(doc, options.fonts ?? loadFonts());
      reminderTemplate({ doc, vm });
      drawPageFooters({ doc, vm: vm as unknown as DocumentViewModel } satisfies RenderContext);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
