import { drawPageFooters } from '../documents/pdf/blocks/page-footer.block.js';
import { defaultDocumentTexts } from '../documents/pdf/document-texts.js';
import { renderPdf } from '../documents/pdf/pdf-document.js';
import type { RenderOptions } from '../documents/pdf/pdf-renderer.js';
import { statementTemplate } from '../documents/pdf/templates/statement.template.js';
import { statementViewModel, type StatementDocumentModel } from '../documents/pdf/view-models/statement.view-model.js';

/**
 * Statement → PDF, like the commercial documents: A4, PDF/A-3b, DejaVu fonts embedded, legal footer
 * and "Page x / n" on every page. No Factur-X XML: a statement is not an invoice.
 */
export function renderStatementPdf(model: StatementDocumentModel, options: RenderOptions = {}): Promise<Buffer> {
  const vm = statementViewModel(model, options.texts ?? defaultDocumentTexts());
  return renderPdf({ language: model.language, title: vm.frame.fileTitle, author: model.seller.name, creationDate: options.creationDate, fonts: options.fonts }, (doc) => {
    drawPageFooters(statementTemplate(doc, vm));
  });
}
