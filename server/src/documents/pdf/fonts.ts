import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The embedded fonts (PDF/A requires every font to be embedded: pdfkit's Helvetica is not). Each TTF
 * is read and parsed ONCE per process and the parsed fontkit object is reused by every document:
 * giving pdfkit a path or a Buffer re-parses the font for each document (and, with doc.table, for
 * each cell), which costs ~190 ms per PDF (stack-notes pitfall 10).
 */
const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const DEFAULT_FONTS_DIR = path.join(REPO_ROOT, 'templates', 'fonts');

export const FONT_REGULAR = 'Body';
export const FONT_BOLD = 'Bold';

export interface ParsedFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
}

const cache = new Map<string, ParsedFonts>();

export function loadFonts(dir: string = DEFAULT_FONTS_DIR): ParsedFonts {
  let fonts = cache.get(dir);
  if (!fonts) {
    fonts = {
      regular: fontkit.create(fs.readFileSync(path.join(dir, 'DejaVuSans.ttf'))),
      bold: fontkit.create(fs.readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf'))),
    };
    cache.set(dir, fonts);
  }
  return fonts;
}

/** Registers the parsed fonts on a document under FONT_REGULAR / FONT_BOLD and selects the regular one. */
export function registerFonts(doc: PDFKit.PDFDocument, fonts: ParsedFonts = loadFonts()): void {
  // @types/pdfkit only knows paths and buffers; pdfkit 0.20 also takes a parsed fontkit font.
  doc.registerFont(FONT_REGULAR, fonts.regular as unknown as string);
  doc.registerFont(FONT_BOLD, fonts.bold as unknown as string);
  doc.font(FONT_REGULAR);
}
