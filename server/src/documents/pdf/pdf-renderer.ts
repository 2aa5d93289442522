import PDFDocument from 'pdfkit';
import type { DocumentModel } from '../document-model.js';
import { buildCiiXml, isFacturxKind } from '../facturx/cii-xml.js';
import { FACTURX_FILE_NAME, facturxXmp } from '../facturx/facturx-xmp.js';
import { drawDraftWatermark } from './blocks/draft-watermark.block.js';
import { PAGE, type RenderContext } from './blocks/layout.js';
import { drawPageFooters } from './blocks/page-footer.block.js';
import { defaultDocumentTexts, type DocumentTexts } from './document-texts.js';
import { loadFonts, registerFonts, type ParsedFonts } from './fonts.js';
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
  return new Promise<Buffer>((resolve, reject) => {
    try {
      const texts = options.texts ?? defaultDocumentTexts();
      const fonts = options.fonts ?? loadFonts();
      const vm = buildViewModel(model, texts);
      const creationDate = options.creationDate ?? new Date();
      const facturx = isFacturxKind(model.kind) && vm.number !== null;
      const xml = facturx ? buildCiiXml(model, texts) : null;

      const doc = new PDFDocument({
        size: 'A4',
        margin: PAGE.margin,
        bufferPages: true,
        pdfVersion: '1.7',
        subset: 'PDF/A-3b',
        lang: model.language === 'fr' ? 'fr-FR' : 'en-GB',
        displayTitle: true,
        // No default font: pdfkit's Helvetica would be written unembedded (forbidden by PDF/A).
        font: null as unknown as string,
        info: documentInfo(vm.fileTitle, model.seller.name, creationDate),
      });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);

      registerFonts(doc, fonts);
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
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * Document information. pdfkit copies Title and Author into the XMP without escaping them, and
 * PDF/A wants the two to agree: a value with an XML-special character is left out of both.
 */
function documentInfo(title: string, author: string, date: Date): PDFKit.DocumentInfo {
  // No ModDate: pdfkit writes no xmp:ModifyDate, and PDF/A wants every Info entry mirrored in the XMP.
  const info: PDFKit.DocumentInfo = { Creator: 'Comptoir', Producer: 'Comptoir (pdfkit)', CreationDate: date };
  if (!/[<>&]/.test(title)) info.Title = title;
  if (!/[<>&]/.test(author)) info.Author = author;
  return info;
}
