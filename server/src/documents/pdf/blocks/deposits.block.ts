import { COLORS, CONTENT_LEFT, CONTENT_WIDTH, SIZE, ensureSpace, setFont, type RenderContext } from './layout.js';
import { drawSimpleTable, simpleTableHeight } from './simple-table.js';

/** Final invoice: the deposit invoices already issued and deducted (number, date, HT, TVA, TTC). */
export function drawDeposits(ctx: RenderContext): void {
  const { doc, vm } = ctx;
  const table = vm.deposits;
  if (!table) return;
  setFont(doc, false, SIZE.body - 0.3);
  const intro = table.intro ? doc.heightOfString(table.intro, { width: CONTENT_WIDTH }) + 3 : 0;
  ensureSpace(ctx, simpleTableHeight(table) + intro);
  const top = doc.y;
  if (table.intro) {
    setFont(doc, false, SIZE.body - 0.3, COLORS.text);
    doc.text(table.intro, CONTENT_LEFT, top + 15, { width: CONTENT_WIDTH });
  }
  const bottom = drawSimpleTable(doc, { ...table, intro: undefined }, CONTENT_LEFT, top, CONTENT_WIDTH, [1.4, 1, 1, 1, 1], intro);
  doc.x = CONTENT_LEFT;
  doc.y = bottom + 12;
}
