import { COLORS, CONTENT_LEFT, CONTENT_RIGHT, SIZE, ensureSpace, setFont, type RenderContext } from './layout.js';
import { drawSimpleTable, simpleTableHeight } from './simple-table.js';
import type { TotalRow } from '../view-models/view-model.types.js';

const TOTALS_WIDTH = 228;
const VAT_WIDTH = 250;
const ROW = 14.5;
const STRONG_ROW = 19;
const NOTE_SIZE = SIZE.small;

/**
 * Totals on the right (lines total, global discount, shipping, total HT, VAT per rate, total TTC,
 * amount due) and the VAT summary per rate on the left (rate, taxable base, VAT), with the VAT
 * notices (exemption reference, autoliquidation, nature of operations) under it.
 */
export function drawTotals(ctx: RenderContext): void {
  const { doc, vm } = ctx;
  const totals = vm.totals;
  if (!totals) return;
  const totalsHeight = totalRowsHeight(totals.rows);
  setFont(doc, false, NOTE_SIZE);
  const notesHeight = totals.notes.reduce((s, n) => s + doc.heightOfString(n, { width: VAT_WIDTH, lineGap: 1 }) + 3, totals.notes.length ? 6 : 0);
  const vatHeight = simpleTableHeight(totals.vatTable) + notesHeight;
  ensureSpace(ctx, Math.max(totalsHeight, vatHeight));
  const top = doc.y;

  let vatBottom = drawSimpleTable(doc, totals.vatTable, CONTENT_LEFT, top, VAT_WIDTH, [0.9, 1.2, 1.1]);
  if (totals.notes.length) vatBottom += 6;
  for (const note of totals.notes) {
    setFont(doc, false, NOTE_SIZE, COLORS.text);
    doc.text(note, CONTENT_LEFT, vatBottom, { width: VAT_WIDTH, lineGap: 1 });
    vatBottom = doc.y + 3;
  }

  const y = drawTotalRows(doc, totals.rows, CONTENT_RIGHT - TOTALS_WIDTH, top, TOTALS_WIDTH);
  doc.x = CONTENT_LEFT;
  doc.y = Math.max(y, vatBottom) + 14;
}

/** Height of a column of total rows (a strong row is taller and spaced above). */
export function totalRowsHeight(rows: readonly TotalRow[]): number {
  return rows.reduce((s, r) => s + (r.strong ? STRONG_ROW + 3 : ROW), 0);
}

/** A column of label / amount rows, strong rows on the accent band; returns the y below the last row. */
export function drawTotalRows(doc: PDFKit.PDFDocument, rows: readonly TotalRow[], x: number, top: number, width: number): number {
  let y = top;
  for (const row of rows) {
    if (row.strong) {
      y += 3;
      doc.roundedRect(x, y, width, STRONG_ROW, 2).fillColor(COLORS.accent).fill();
      setFont(doc, true, SIZE.name, COLORS.accentText);
      const valueWidth = doc.widthOfString(row.value);
      const labelWidth = width - 16 - valueWidth - 8;
      if (doc.widthOfString(row.label) > labelWidth) doc.fontSize(SIZE.body);
      doc.text(row.label, x + 8, y + 5.5, { width: labelWidth, lineBreak: false, ellipsis: true });
      setFont(doc, true, SIZE.name, COLORS.accentText);
      doc.text(row.value, x + 8, y + 5, { width: width - 16, align: 'right', lineBreak: false });
      y += STRONG_ROW;
    } else {
      setFont(doc, false, SIZE.body, COLORS.text);
      doc.text(row.label, x + 8, y + 3, { width: width * 0.58, lineBreak: false });
      setFont(doc, true, SIZE.body, COLORS.text);
      doc.text(row.value, x + width * 0.42 - 8, y + 3, { width: width * 0.58, align: 'right', lineBreak: false });
      y += ROW;
      doc.moveTo(x, y).lineTo(x + width, y).lineWidth(0.3).strokeColor(COLORS.ruleLight).stroke();
    }
  }
  return y;
}
