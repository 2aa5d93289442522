import PDFDocument from 'pdfkit';
import { PAGE } from './blocks/layout.js';
import { loadFonts, registerFonts, type ParsedFonts } from './fonts.js';

export interface PdfDocumentSetup {
  language: 'fr' | 'en';
  title: string;
  author: string;
  creationDate?: Date;
  fonts?: ParsedFonts;
}

/**
 * The page set-up every Comptoir PDF shares: A4, margins 40, PDF/A-3b, DejaVu fonts embedded (no
 * default font: pdfkit's Helvetica would be written unembedded, which PDF/A forbids). `draw` lays
 * out the pages (footers, attachments…); the finished file comes back as a Buffer.
 */
export function renderPdf(setup: PdfDocumentSetup, draw: (doc: PDFKit.PDFDocument, creationDate: Date) => void): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    try {
      const creationDate = setup.creationDate ?? new Date();
      const doc = new PDFDocument({
        size: 'A4',
        margin: PAGE.margin,
        bufferPages: true,
        pdfVersion: '1.7',
        subset: 'PDF/A-3b',
        lang: setup.language === 'fr' ? 'fr-FR' : 'en-GB',
        displayTitle: true,
        font: null as unknown as string,
        info: documentInfo(setup.title, setup.author, creationDate),
      });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      registerFonts(doc, setup.fonts ?? loadFonts());
      draw(doc, creationDate);
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
