"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.invoiceTemplate = invoiceTemplate;
const deposits_block_js_1 = require("../blocks/deposits.block.js");
const lines_table_block_js_1 = require("../blocks/lines-table.block.js");
const page_header_block_js_1 = require("../blocks/page-header.block.js");
const parties_block_js_1 = require("../blocks/parties.block.js");
const text_sections_block_js_1 = require("../blocks/text-sections.block.js");
const totals_block_js_1 = require("../blocks/totals.block.js");
/** Invoice and deposit invoice: letterhead, parties, (deposit object), lines, totals, deposits deducted, payment terms and legal mentions. */
function invoiceTemplate(ctx) {
    (0, page_header_block_js_1.drawPageHeader)(ctx);
    (0, parties_block_js_1.drawParties)(ctx);
    (0, text_sections_block_js_1.drawTextSections)(ctx, ctx.vm.intro);
    (0, lines_table_block_js_1.drawLinesTable)(ctx);
    (0, totals_block_js_1.drawTotals)(ctx);
    (0, deposits_block_js_1.drawDeposits)(ctx);
    (0, text_sections_block_js_1.drawTextSections)(ctx, ctx.vm.sections);
}
//# sourceMappingURL=invoice.template.js.map