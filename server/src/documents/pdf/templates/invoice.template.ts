import { drawDeposits } from '../blocks/deposits.block.js';
import type { RenderContext } from '../blocks/layout.js';
import { drawLinesTable } from '../blocks/lines-table.block.js';
import { drawPageHeader } from '../blocks/page-header.block.js';
import { drawParties } from '../blocks/parties.block.js';
import { drawTextSections } from '../blocks/text-sections.block.js';
import { drawTotals } from '../blocks/totals.block.js';

/** Invoice and deposit invoice: letterhead, parties, (deposit object), lines, totals, deposits deducted, payment terms and legal mentions. */
export function invoiceTemplate(ctx: RenderContext): void {
  drawPageHeader(ctx);
  drawParties(ctx);
  drawTextSections(ctx, ctx.vm.intro);
  drawLinesTable(ctx);
  drawTotals(ctx);
  drawDeposits(ctx);
  drawTextSections(ctx, ctx.vm.sections);
}
