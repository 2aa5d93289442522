import type { TableViewModel } from '../view-models/view-model.types.js';
import { COLORS, SIZE, setFont } from './layout.js';

const PAD_X = 4;
const ROW = 13;

/** Height of a small titled table (VAT summary, deposits). */
export function simpleTableHeight(table: TableViewModel): number {
  return 14 + (table.rows.length + 1) * ROW + 2;
}

/**
 * A small titled table: muted header with a rule, one line per row, figures right-aligned. Widths are
 * shares of `width`.
 */
export function drawSimpleTable(doc: PDFKit.PDFDocument, table: TableViewModel, x: number, y: number, width: number, shares: number[], skip = 0): number {
  const total = shares.reduce((s, n) => s + n, 0);
  const widths = shares.map((s) => (s / total) * width);
  setFont(doc, true, SIZE.body, COLORS.accent);
  doc.text(table.title, x, y, { width, lineBreak: false });
  let top = y + 14 + skip;
  const row = (cells: string[], bold: boolean, color: string) => {
    let cx = x;
    cells.forEach((cell, i) => {
      setFont(doc, bold, bold ? SIZE.tableHeader : SIZE.table, color);
      doc.text(cell, cx + PAD_X, top + 2.5, { width: widths[i] - 2 * PAD_X, align: table.align[i] ?? 'left', lineBreak: false });
      cx += widths[i];
    });
    top += ROW;
  };
  row(table.headers, true, COLORS.muted);
  doc.moveTo(x, top).lineTo(x + width, top).lineWidth(0.6).strokeColor(COLORS.rule).stroke();
  table.rows.forEach((cells) => {
    row(cells, false, COLORS.text);
    doc.moveTo(x, top).lineTo(x + width, top).lineWidth(0.3).strokeColor(COLORS.ruleLight).stroke();
  });
  return top + 2;
}
