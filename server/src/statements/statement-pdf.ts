import PDFDocument from 'pdfkit';
import { drawPageFooters } from '../documents/pdf/blocks/page-footer.block.js';
import { PAGE } from '../documents/pdf/blocks/layout.js';
import { defaultDocumentTexts, type DocumentTexts } from '../documents/pdf/document-texts.js';
import { loadFonts, registerFonts, type ParsedFonts } from '../documents/pdf/fonts.js';
import { statementTemplate } from '../documents/pdf/templates/statement.template.js';
import { statementViewModel, type StatementDocumentModel } from '../documents/pdf/view-models/statement.view-model.js';

/**
 * Statement → PDF, like the commercial documents: A4, PDF/A-3b, DejaVu fonts embedded, legal footer
 * and "Page x / n" on every page. No Factur-X XML: a statement is not an invoice.
 */
export function renderStatementPdf(model: StatementDocumentModel, options: { creationDate?: Date; texts?: DocumentTexts; fonts?: ParsedFonts } = {}): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    try {
      const vm = statementViewModel(model, options.texts ?? defaultDocumentTexts());
      const info: PDFKit.DocumentInfo = { Creator: 'Comptoir', Producer: 'Comptoir (pdfkit)', CreationDate: options.creationDate ?? new Date() };
      // pdfkit copies Title and Author into the XMP unescaped: a value with an XML-special character is left out.
      if (!/[<>&]/.test(vm.frame.fileTitle)) info.Title = vm.frame.fileTitle;
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
      drawPageFooters(statementTemplate(doc, vm));
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
