import type { RenderContext } from '../blocks/layout.js';
import { drawLinesTable } from '../blocks/lines-table.block.js';
import { drawPageHeader } from '../blocks/page-header.block.js';
import { drawParties } from '../blocks/parties.block.js';
import { drawTextSections } from '../blocks/text-sections.block.js';
import { drawTotals } from '../blocks/totals.block.js';

/** Credit note: letterhead, parties, reference to the corrected invoice and reason, lines, totals, settlement and legal mentions. */
export function creditNoteTemplate(ctx: RenderContext): void {
  drawPageHeader(ctx);
  drawParties(ctx);
  drawTextSections(ctx, ctx.vm.intro);
  drawLinesTable(ctx);
  drawTotals(ctx);
  drawTextSections(ctx, ctx.vm.sections);
}
