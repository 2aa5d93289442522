import type { RenderContext } from '../blocks/layout.js';
import { drawLinesTable } from '../blocks/lines-table.block.js';
import { drawPageHeader } from '../blocks/page-header.block.js';
import { drawParties } from '../blocks/parties.block.js';
import { drawShipping } from '../blocks/shipping.block.js';
import { drawSignature } from '../blocks/signature.block.js';
import { drawTextSections } from '../blocks/text-sections.block.js';

/** Delivery note: letterhead, delivery and billing addresses, quantities without prices, transport, reception block with reservations. */
export function deliveryNoteTemplate(ctx: RenderContext): void {
  drawPageHeader(ctx);
  drawParties(ctx);
  drawLinesTable(ctx);
  drawShipping(ctx);
  drawTextSections(ctx, ctx.vm.sections);
  drawSignature(ctx);
}
