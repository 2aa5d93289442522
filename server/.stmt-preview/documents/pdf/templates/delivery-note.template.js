"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.deliveryNoteTemplate = deliveryNoteTemplate;
const lines_table_block_js_1 = require("../blocks/lines-table.block.js");
const page_header_block_js_1 = require("../blocks/page-header.block.js");
const parties_block_js_1 = require("../blocks/parties.block.js");
const shipping_block_js_1 = require("../blocks/shipping.block.js");
const signature_block_js_1 = require("../blocks/signature.block.js");
const text_sections_block_js_1 = require("../blocks/text-sections.block.js");
/** Delivery note: letterhead, delivery and billing addresses, quantities without prices, transport, reception block with reservations. */
function deliveryNoteTemplate(ctx) {
    (0, page_header_block_js_1.drawPageHeader)(ctx);
    (0, parties_block_js_1.drawParties)(ctx);
    (0, lines_table_block_js_1.drawLinesTable)(ctx);
    (0, shipping_block_js_1.drawShipping)(ctx);
    (0, text_sections_block_js_1.drawTextSections)(ctx, ctx.vm.sections);
    (0, signature_block_js_1.drawSignature)(ctx);
}
//# sourceMappingURL=delivery-note.template.js.map