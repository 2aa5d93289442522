import { FONT_BOLD, FONT_REGULAR } from '../fonts.js';
import type { DocumentViewModel } from '../view-models/view-model.types.js';

/**
 * Page geometry, colours and type scale shared by the blocks, and the flow helpers (space check,
 * continuation page). A4 portrait, 40 pt margins; the bottom FOOTER_HEIGHT points of the content
 * area are kept for the legal footer and the page number.
 */
export const PAGE = { width: 595.28, height: 841.89, margin: 40 } as const;
export const CONTENT_LEFT = PAGE.margin;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const CONTENT_RIGHT = PAGE.width - PAGE.margin;
export const FOOTER_HEIGHT = 40;
/** Lowest y the flowing content may reach. */
export const CONTENT_BOTTOM = PAGE.height - PAGE.margin - FOOTER_HEIGHT;

export const COLORS = {
  text: '#1f2328',
  muted: '#5d6773',
  accent: '#1d4e89',
  accentText: '#ffffff',
  rule: '#c8d0d9',
  ruleLight: '#e3e8ee',
  zebra: '#f4f6f9',
  box: '#f5f7fa',
  watermark: '#9aa5b1',
} as const;

export const SIZE = {
  title: 19,
  name: 10,
  body: 8.5,
  table: 8,
  tableHeader: 7.5,
  small: 7.5,
  footer: 6.6,
} as const;

export const FONT = { regular: FONT_REGULAR, bold: FONT_BOLD } as const;

/** What every block draws with. */
export interface RenderContext {
  doc: PDFKit.PDFDocument;
  vm: DocumentViewModel;
}

export function setFont(doc: PDFKit.PDFDocument, bold: boolean, size: number, color: string = COLORS.text): void {
  doc.font(bold ? FONT.bold : FONT.regular).fontSize(size).fillColor(color);
}

/** Height of a text at the current font, for a width. */
export function textHeight(doc: PDFKit.PDFDocument, text: string, width: number, lineGap = 0): number {
  return doc.heightOfString(text, { width, lineGap });
}

/** Starts a continuation page when `height` does not fit below the current position. */
export function ensureSpace(ctx: RenderContext, height: number): boolean {
  if (ctx.doc.y + height <= CONTENT_BOTTOM) return false;
  newPage(ctx);
  return true;
}

/** A new page with a short running header (seller, document title and number, "(suite)"). */
export function newPage(ctx: RenderContext): void {
  const { doc, vm } = ctx;
  doc.addPage();
  const top = PAGE.margin;
  setFont(doc, true, SIZE.body, COLORS.accent);
  doc.text(vm.seller.name, CONTENT_LEFT, top, { width: CONTENT_WIDTH / 2, lineBreak: false });
  const right = `${vm.title} ${vm.number ?? ''} ${vm.continuedLabel}`.replace(/\s+/g, ' ').trim();
  setFont(doc, true, SIZE.body, COLORS.text);
  doc.text(right, CONTENT_LEFT + CONTENT_WIDTH / 2, top, { width: CONTENT_WIDTH / 2, align: 'right', lineBreak: false });
  doc
    .moveTo(CONTENT_LEFT, top + 14)
    .lineTo(CONTENT_RIGHT, top + 14)
    .lineWidth(0.6)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.x = CONTENT_LEFT;
  doc.y = top + 26;
}
