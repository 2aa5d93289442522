import { COLORS, CONTENT_BOTTOM, CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, SIZE, ensureSpace, newPage, setFont, type RenderContext } from '../blocks/layout.js';
import { drawPageHeader } from '../blocks/page-header.block.js';
import { drawParties } from '../blocks/parties.block.js';
import { drawSimpleTable, simpleTableHeight } from '../blocks/simple-table.js';
import { drawTextSections } from '../blocks/text-sections.block.js';
import { drawTotalRows, totalRowsHeight } from '../blocks/totals.block.js';
import type { StatementViewModel } from '../view-models/statement.view-model.js';
import type { DocumentViewModel, TableViewModel, TotalRow } from '../view-models/view-model.types.js';

/** Ledger column widths (pt): date, document, label (the rest), due date, debit, credit, balance. */
const LEDGER_WIDTHS = [58, 74, 0, 58, 62, 62, 68];
const PAD_X = 4;
const PAD_Y = 4;
const SPLIT_WIDTH = 250;
const SUMMARY_WIDTH = 228;
const SIMPLE_ROW = 13;

/**
 * Account statement: letterhead and client (shared blocks), the period's ledger with opening and
 * closing rows (header repeated on each page), the balance split beside the summary, the overdue
 * invoices, payment instructions and late-payment terms. The shared blocks read the frame only.
 */
export function statementTemplate(doc: PDFKit.PDFDocument, vm: StatementViewModel): RenderContext {
  const ctx: RenderContext = { doc, vm: vm.frame as DocumentViewModel };
  drawPageHeader(ctx);
  drawParties(ctx);
  drawTextSections(ctx, vm.intro);
  drawLedger(ctx, vm.ledger);
  drawBalance(ctx, vm.split, vm.summary);
  if (vm.overdue) drawPagedTable(ctx, vm.overdue, [1.3, 1, 1, 0.9, 1.2, 1.2]);
  drawTextSections(ctx, vm.sections);
  return ctx;
}

function ledgerColumns(): { x: number; width: number }[] {
  const flexible = CONTENT_WIDTH - LEDGER_WIDTHS.reduce((s, w) => s + w, 0);
  let x = CONTENT_LEFT;
  return LEDGER_WIDTHS.map((w) => {
    const width = w || flexible;
    const col = { x, width };
    x += width;
    return col;
  });
}

function drawLedger(ctx: RenderContext, ledger: StatementViewModel['ledger']): void {
  const { doc } = ctx;
  const columns = ledgerColumns();
  const header = () => {
    setFont(doc, true, SIZE.tableHeader);
    const height = Math.max(...ledger.headers.map((h, i) => doc.heightOfString(h, { width: columns[i].width - 2 * PAD_X }))) + 2 * PAD_Y + 1;
    const top = doc.y;
    doc.rect(CONTENT_LEFT, top, CONTENT_WIDTH, height).fillColor(COLORS.accent).fill();
    ledger.headers.forEach((h, i) => {
      setFont(doc, true, SIZE.tableHeader, COLORS.accentText);
      doc.text(h, columns[i].x + PAD_X, top + PAD_Y + 0.5, { width: columns[i].width - 2 * PAD_X, align: ledger.align[i] });
    });
    doc.y = top + height;
  };
  if (doc.y + 60 > CONTENT_BOTTOM) newPage(ctx);
  header();
  let zebra = false;
  ledger.rows.forEach((row) => {
    const bold = row.kind !== 'entry';
    // Opening and closing rows in bold (but their date), the running balance always.
    const boldCell = (i: number) => (bold && i > 0) || i === row.cells.length - 1;
    const height =
      Math.max(
        9,
        ...row.cells.map((cell, i) => {
          setFont(doc, boldCell(i), SIZE.table);
          return cell ? doc.heightOfString(cell, { width: columns[i].width - 2 * PAD_X }) : 0;
        }),
      ) +
      2 * PAD_Y;
    if (doc.y + height > CONTENT_BOTTOM) {
      rule(doc, 0.8, COLORS.accent);
      newPage(ctx);
      header();
    }
    const top = doc.y;
    if (bold) doc.rect(CONTENT_LEFT, top, CONTENT_WIDTH, height).fillColor(COLORS.box).fill();
    else if ((zebra = !zebra) === false) doc.rect(CONTENT_LEFT, top, CONTENT_WIDTH, height).fillColor(COLORS.zebra).fill();
    row.cells.forEach((cell, i) => {
      if (!cell) return;
      setFont(doc, boldCell(i), SIZE.table, COLORS.text);
      doc.text(cell, columns[i].x + PAD_X, top + PAD_Y, { width: columns[i].width - 2 * PAD_X, align: ledger.align[i] });
    });
    doc.y = top + height;
    rule(doc, 0.4, COLORS.ruleLight);
    if (row.kind === 'opening' && ledger.empty) {
      setFont(doc, false, SIZE.table, COLORS.muted);
      doc.text(ledger.empty, CONTENT_LEFT + PAD_X, doc.y + PAD_Y, { width: CONTENT_WIDTH - 2 * PAD_X });
      doc.y += PAD_Y;
      rule(doc, 0.4, COLORS.ruleLight);
    }
  });
  rule(doc, 0.8, COLORS.accent);
  doc.x = CONTENT_LEFT;
  doc.y += 12;
}

function rule(doc: PDFKit.PDFDocument, width: number, color: string): void {
  doc.moveTo(CONTENT_LEFT, doc.y).lineTo(CONTENT_RIGHT, doc.y).lineWidth(width).strokeColor(color).stroke();
}

/** The balance split (not due / overdue / credit) on the left, the summary with the closing balance on the right. */
function drawBalance(ctx: RenderContext, split: TableViewModel, summary: TotalRow[]): void {
  const { doc } = ctx;
  const summaryHeight = totalRowsHeight(summary);
  ensureSpace(ctx, Math.max(summaryHeight, simpleTableHeight(split)));
  const top = doc.y;
  const splitBottom = drawSimpleTable(doc, split, CONTENT_LEFT, top, SPLIT_WIDTH, [1.9, 1]);
  const y = drawTotalRows(doc, summary, CONTENT_RIGHT - SUMMARY_WIDTH, top, SUMMARY_WIDTH);
  doc.x = CONTENT_LEFT;
  doc.y = Math.max(y, splitBottom) + 14;
}

/** A full-width simple table, continued on the next pages when it does not fit. */
function drawPagedTable(ctx: RenderContext, table: TableViewModel, shares: number[]): void {
  const { doc } = ctx;
  let rows = table.rows;
  let first = true;
  while (rows.length) {
    let fit = Math.floor((CONTENT_BOTTOM - doc.y - 14 - SIMPLE_ROW - 2) / SIMPLE_ROW);
    if (fit < Math.min(2, rows.length)) {
      newPage(ctx);
      fit = Math.floor((CONTENT_BOTTOM - doc.y - 14 - SIMPLE_ROW - 2) / SIMPLE_ROW);
    }
    const chunk = rows.slice(0, fit);
    const title = first ? table.title : `${table.title} ${ctx.vm.continuedLabel}`;
    doc.y = drawSimpleTable(doc, { ...table, title, rows: chunk }, CONTENT_LEFT, doc.y, CONTENT_WIDTH, shares) + 12;
    rows = rows.slice(chunk.length);
    first = false;
  }
  doc.x = CONTENT_LEFT;
}
