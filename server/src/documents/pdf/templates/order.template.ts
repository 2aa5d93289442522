import type { RenderContext } from '../blocks/layout.js';
import { drawLinesTable } from '../blocks/lines-table.block.js';
import { drawPageHeader } from '../blocks/page-header.block.js';
import { drawParties } from '../blocks/parties.block.js';
import { drawSignature } from '../blocks/signature.block.js';
import { drawTextSections } from '../blocks/text-sections.block.js';
import { drawTotals } from '../blocks/totals.block.js';

/** Order form: letterhead, parties (client, delivery address), lines, totals, delivery and payment terms, acceptance. */
export function orderTemplate(ctx: RenderContext): void {
  drawPageHeader(ctx);
  drawParties(ctx);
  drawLinesTable(ctx);
  drawTotals(ctx);
  drawTextSections(ctx, ctx.vm.sections);
  drawSignature(ctx);
}
