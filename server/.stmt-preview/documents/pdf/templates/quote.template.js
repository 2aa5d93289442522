"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.quoteTemplate = quoteTemplate;
const lines_table_block_js_1 = require("../blocks/lines-table.block.js");
const page_header_block_js_1 = require("../blocks/page-header.block.js");
const parties_block_js_1 = require("../blocks/parties.block.js");
const signature_block_js_1 = require("../blocks/signature.block.js");
const text_sections_block_js_1 = require("../blocks/text-sections.block.js");
const totals_block_js_1 = require("../blocks/totals.block.js");
/** Quote: letterhead, parties, lines, totals, validity and terms, "Bon pour accord" signature area. */
function quoteTemplate(ctx) {
    (0, page_header_block_js_1.drawPageHeader)(ctx);
    (0, parties_block_js_1.drawParties)(ctx);
    (0, lines_table_block_js_1.drawLinesTable)(ctx);
    (0, totals_block_js_1.drawTotals)(ctx);
    (0, text_sections_block_js_1.drawTextSections)(ctx, ctx.vm.sections);
    (0, signature_block_js_1.drawSignature)(ctx);
}
//# sourceMappingURL=quote.template.js.map