import type { DocumentModel } from '../document-model.js';
import { buildCiiXml, isFacturxKind } from '../facturx/cii-xml.js';
import { FACTURX_FILE_NAME, facturxXmp } from '../facturx/facturx-xmp.js';
import { drawDraftWatermark } from './blocks/draft-watermark.block.js';
import type { RenderContext } from './blocks/layout.js';
import { drawPageFooters } from './blocks/page-footer.block.js';
import { defaultDocumentTexts, type DocumentTexts } from './document-texts.js';
import type { ParsedFonts } from './fonts.js';
import { renderPdf } from './pdf-document.js';
import { TEMPLATES } from './templates/index.js';
import { buildViewModel } from './view-models/index.js';

export interface RenderOptions {
  /** Fixed creation date (tests, reproducible output); defaults to now. */
  creationDate?: Date;
  /** Text catalogue; defaults to templates/texts, read once. */
  texts?: DocumentTexts;
  /** Parsed fonts; defaults to templates/fonts, parsed once. */
  fonts?: ParsedFonts;
}

/**
 * DocumentModel → PDF (A4, margins 40, DejaVu fonts embedded, "Page x / n", BROUILLON/DRAFT
 * watermark on unnumbered documents). Every document is PDF/A-3b; a numbered invoice, deposit
 * invoice or credit note is also Factur-X EN 16931: its CII XML is embedded as `factur-x.xml`
 * (AFRelationship Alternative, text/xml) and the XMP declares the fx extension schema. A draft
 * carries no XML: it is not an invoice yet.
 */
export function renderDocumentPdf(model: DocumentModel, options: RenderOptions = {}): Promise<Buffer> {
  const texts = options.texts ?? defaultDocumentTexts();
  const vm = buildViewModel(model, texts);
  const facturx = isFacturxKind(model.kind) && vm.number !== null;
  const xml = facturx ? buildCiiXml(model, texts) : null;
  const setup = { language: model.language, title: vm.fileTitle, author: model.seller.name, creationDate: options.creationDate, fonts: options.fonts };
  return renderPdf(setup, (doc, creationDate) => {
    const ctx: RenderContext = { doc, vm };
    TEMPLATES[model.kind](ctx);
    drawPageFooters(ctx);
    drawDraftWatermark(ctx);
    if (xml) {
      doc.file(Buffer.from(xml, 'utf8'), {
        name: FACTURX_FILE_NAME,
        type: 'text/xml',
        description: 'Factur-X invoice (EN 16931)',
        creationDate,
        modifiedDate: creationDate,
        // @types/pdfkit lacks the AFRelationship option that pdfkit supports.
        relationship: 'Alternative',
      } as PDFKit.Mixins.PDFAttachmentOptions);
      doc.appendXML(facturxXmp());
    }
  });
}
