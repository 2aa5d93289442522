import { COLORS, CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, SIZE, ensureSpace, setFont, type RenderContext } from '../blocks/layout.js';
import { drawPageHeader } from '../blocks/page-header.block.js';
import { drawParties } from '../blocks/parties.block.js';
import { drawSimpleTable, simpleTableHeight } from '../blocks/simple-table.js';
import { drawTextSections } from '../blocks/text-sections.block.js';
import type { ReminderViewModel } from '../view-models/reminder.view-model.js';
import type { DocumentViewModel, TotalRow } from '../view-models/view-model.types.js';

/** The letter's render context: the shared blocks get the same view model as their DocumentViewModel. */
export interface ReminderRenderContext {
  doc: PDFKit.PDFDocument;
  vm: ReminderViewModel;
}

const BODY = SIZE.body + 0.2;
const LINE_GAP = 1.2;
const VALUE_WIDTH = 80;
/** Room left for the handwritten signature. */
const SIGNATURE_SPACE = 16;
/** Width of the debtor block drawn by the parties block. */
const PARTY_WIDTH = 250;
const INVOICE_SHARES = [1.1, 0.8, 0.95, 1.3, 0.9, 0.95, 1.1];

/**
 * Reminder letter and formal notice: letterhead and meta box, debtor block with the registered-mail
 * mention and the place and date on its left, subject, salutation and opening, unpaid invoices, amount claimed, steps already
 * taken, deadline and payment details, consequences, closing and signature.
 */
export function reminderTemplate(ctx: ReminderRenderContext): void {
  const { doc, vm } = ctx;
  // The letterhead, debtor block and continuation pages read only fields the two view models share.
  const shared: RenderContext = { doc, vm: vm as unknown as DocumentViewModel };
  drawPageHeader(shared);
  // Left of the debtor block (a window envelope shows the right): sending mode, then place and date.
  const top = doc.y;
  drawParties(shared);
  const after = doc.y;
  const leftWidth = CONTENT_WIDTH - PARTY_WIDTH - 20;
  if (vm.sendingMode) {
    setFont(doc, true, BODY, COLORS.accent);
    doc.text(vm.sendingMode.toUpperCase(), CONTENT_LEFT, top + 4, { width: leftWidth });
  }
  setFont(doc, false, BODY, COLORS.text);
  doc.text(vm.placeAndDate, CONTENT_LEFT, Math.max(vm.sendingMode ? doc.y + 8 : top, after - 14 - doc.currentLineHeight(true) - 6), { width: leftWidth });
  doc.y = after;
  setFont(doc, true, BODY, COLORS.text);
  doc.text(vm.subject, CONTENT_LEFT, doc.y, { width: CONTENT_WIDTH });
  setFont(doc, false, SIZE.small, COLORS.muted);
  doc.text(vm.contactLine, CONTENT_LEFT, doc.y + 2, { width: CONTENT_WIDTH });
  doc.y += 7;

  paragraphs(shared, [vm.salutation, ...vm.opening]);

  ensureSpace(shared, simpleTableHeight(vm.invoicesTable) + 6);
  doc.y = drawSimpleTable(doc, vm.invoicesTable, CONTENT_LEFT, doc.y, CONTENT_WIDTH, INVOICE_SHARES) + 8;

  drawClaim(shared, vm.claim.title, vm.claim.rows);
  drawTextSections(shared, [vm.steps, vm.demand, vm.consequences], { size: BODY - 0.2, gapAfter: 5 });

  // The closing formula stays on the page of the signature.
  setFont(doc, false, BODY);
  ensureSpace(shared, doc.heightOfString(vm.closing, { width: CONTENT_WIDTH, lineGap: LINE_GAP }) + 6 + signatoryHeight(vm.signatureLines));
  paragraphs(shared, [vm.closing]);
  drawSignatory(shared, vm.signatureLines);
}

function paragraphs(ctx: RenderContext, texts: string[]): void {
  const { doc } = ctx;
  for (const text of texts) {
    setFont(doc, false, BODY, COLORS.text);
    ensureSpace(ctx, doc.heightOfString(text, { width: CONTENT_WIDTH, lineGap: LINE_GAP }));
    doc.text(text, CONTENT_LEFT, doc.y, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
    doc.y += 3;
  }
  doc.y += 3;
}

/** Amount claimed: one line per item (label may wrap, amount on the right), the total framed. */
function drawClaim(ctx: RenderContext, title: string, rows: TotalRow[]): void {
  const { doc } = ctx;
  const labelWidth = CONTENT_WIDTH - VALUE_WIDTH - 16;
  setFont(doc, false, SIZE.body);
  const height = 16 + rows.reduce((s, r) => s + doc.heightOfString(r.label, { width: labelWidth }) + 7, 0) + 6;
  ensureSpace(ctx, height);
  setFont(doc, true, SIZE.body, COLORS.accent);
  doc.text(title, CONTENT_LEFT, doc.y, { width: CONTENT_WIDTH });
  let y = doc.y + 4;
  for (const row of rows) {
    setFont(doc, row.strong === true, row.strong ? SIZE.name : SIZE.body, row.strong ? COLORS.accentText : COLORS.text);
    const h = doc.heightOfString(row.label, { width: labelWidth }) + 4;
    if (row.strong) doc.roundedRect(CONTENT_LEFT, y, CONTENT_WIDTH, h + 2, 2).fillColor(COLORS.accent).fill();
    setFont(doc, row.strong === true, row.strong ? SIZE.name : SIZE.body, row.strong ? COLORS.accentText : COLORS.text);
    doc.text(row.label, CONTENT_LEFT + 8, y + 3, { width: labelWidth });
    setFont(doc, true, row.strong ? SIZE.name : SIZE.body, row.strong ? COLORS.accentText : COLORS.text);
    doc.text(row.value, CONTENT_RIGHT - VALUE_WIDTH - 8, y + 3, { width: VALUE_WIDTH, align: 'right', lineBreak: false });
    y += h + (row.strong ? 2 : 0);
    if (!row.strong) doc.moveTo(CONTENT_LEFT, y).lineTo(CONTENT_RIGHT, y).lineWidth(0.3).strokeColor(COLORS.ruleLight).stroke();
  }
  doc.x = CONTENT_LEFT;
  doc.y = y + 8;
}

function signatoryHeight(lines: string[]): number {
  return 4 + lines.length * 11 + SIGNATURE_SPACE;
}

/** "Pour Bureau Plus Distribution," then the signatory, on the right, with room for the signature. */
function drawSignatory(ctx: RenderContext, lines: string[]): void {
  const { doc } = ctx;
  const width = 240;
  ensureSpace(ctx, signatoryHeight(lines));
  let y = doc.y + 4;
  lines.forEach((line, i) => {
    setFont(doc, i > 0, BODY, COLORS.text);
    doc.text(line, CONTENT_RIGHT - width, y, { width });
    y = doc.y + (i === 0 ? SIGNATURE_SPACE : 2);
  });
  doc.x = CONTENT_LEFT;
}
