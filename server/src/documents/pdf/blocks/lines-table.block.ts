import type { ColumnKey, ColumnViewModel } from '../view-models/view-model.types.js';
import { COLORS, CONTENT_BOTTOM, CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, SIZE, newPage, setFont, type RenderContext } from './layout.js';

/** Fixed widths (pt); the description takes what is left. */
const WIDTHS: Record<Exclude<ColumnKey, 'description'>, number> = {
  reference: 74,
  quantity: 32,
  unit: 44,
  unitPrice: 58,
  discount: 40,
  vatRate: 40,
  lineTotal: 64,
  ordered: 56,
  previouslyDelivered: 56,
  delivered: 50,
  remaining: 58,
};
const PAD_X = 4;
const PAD_Y = 4;

interface LaidOutColumn extends ColumnViewModel {
  x: number;
  width: number;
}

/**
 * The lines table: accent header row, zebra rows, right-aligned figures, wrapped descriptions. Rows
 * never split; the header row is repeated on every continuation page.
 */
export function drawLinesTable(ctx: RenderContext): void {
  const { doc, vm } = ctx;
  if (!vm.columns.length) return;
  const columns = layoutColumns(vm.columns);

  const header = () => drawHeader(doc, columns);
  if (doc.y + headerHeight(doc, columns) + 24 > CONTENT_BOTTOM) newPage(ctx);
  header();

  vm.lines.forEach((line, index) => {
    const height = rowHeight(doc, columns, line.cells);
    if (doc.y + height > CONTENT_BOTTOM) {
      closeTable(doc);
      newPage(ctx);
      header();
    }
    const top = doc.y;
    if (index % 2 === 1) doc.rect(CONTENT_LEFT, top, CONTENT_WIDTH, height).fillColor(COLORS.zebra).fill();
    for (const col of columns) {
      const text = line.cells[col.key] ?? '';
      if (!text) continue;
      const isRef = col.key === 'reference';
      setFont(doc, col.key === 'lineTotal', isRef ? SIZE.table - 1 : SIZE.table, isRef ? COLORS.muted : COLORS.text);
      doc.text(text, col.x + PAD_X, top + PAD_Y + (isRef ? 0.6 : 0), { width: col.width - 2 * PAD_X, align: col.align });
    }
    doc
      .moveTo(CONTENT_LEFT, top + height)
      .lineTo(CONTENT_RIGHT, top + height)
      .lineWidth(0.4)
      .strokeColor(COLORS.ruleLight)
      .stroke();
    doc.y = top + height;
  });
  closeTable(doc);
  doc.x = CONTENT_LEFT;
  doc.y += 12;
}

function layoutColumns(columns: ColumnViewModel[]): LaidOutColumn[] {
  const fixed = columns.reduce((s, c) => s + (c.key === 'description' ? 0 : WIDTHS[c.key]), 0);
  let x = CONTENT_LEFT;
  return columns.map((c) => {
    const width = c.key === 'description' ? CONTENT_WIDTH - fixed : WIDTHS[c.key];
    const laid = { ...c, x, width };
    x += width;
    return laid;
  });
}

function headerHeight(doc: PDFKit.PDFDocument, columns: LaidOutColumn[]): number {
  setFont(doc, true, SIZE.tableHeader);
  return Math.max(...columns.map((c) => doc.heightOfString(c.header, { width: c.width - 2 * PAD_X }))) + 2 * PAD_Y + 1;
}

function drawHeader(doc: PDFKit.PDFDocument, columns: LaidOutColumn[]): void {
  const height = headerHeight(doc, columns);
  const top = doc.y;
  doc.rect(CONTENT_LEFT, top, CONTENT_WIDTH, height).fillColor(COLORS.accent).fill();
  for (const col of columns) {
    setFont(doc, true, SIZE.tableHeader, COLORS.accentText);
    doc.text(col.header, col.x + PAD_X, top + PAD_Y + 0.5, { width: col.width - 2 * PAD_X, align: col.align });
  }
  doc.y = top + height;
}

function rowHeight(doc: PDFKit.PDFDocument, columns: LaidOutColumn[], cells: Partial<Record<ColumnKey, string>>): number {
  let max = 0;
  for (const col of columns) {
    const text = cells[col.key];
    if (!text) continue;
    setFont(doc, col.key === 'lineTotal', col.key === 'reference' ? SIZE.table - 1 : SIZE.table);
    max = Math.max(max, doc.heightOfString(text, { width: col.width - 2 * PAD_X }));
  }
  return Math.max(max, 9) + 2 * PAD_Y;
}

function closeTable(doc: PDFKit.PDFDocument): void {
  doc
    .moveTo(CONTENT_LEFT, doc.y)
    .lineTo(CONTENT_RIGHT, doc.y)
    .lineWidth(0.8)
    .strokeColor(COLORS.accent)
    .stroke();
}
