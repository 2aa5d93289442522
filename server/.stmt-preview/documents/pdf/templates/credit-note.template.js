"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.creditNoteTemplate = creditNoteTemplate;
const lines_table_block_js_1 = require("../blocks/lines-table.block.js");
const page_header_block_js_1 = require("../blocks/page-header.block.js");
const parties_block_js_1 = require("../blocks/parties.block.js");
const text_sections_block_js_1 = require("../blocks/text-sections.block.js");
const totals_block_js_1 = require("../blocks/totals.block.js");
/** Credit note: letterhead, parties, reference to the corrected invoice and reason, lines, totals, settlement and legal mentions. */
function creditNoteTemplate(ctx) {
    (0, page_header_block_js_1.drawPageHeader)(ctx);
    (0, parties_block_js_1.drawParties)(ctx);
    (0, text_sections_block_js_1.drawTextSections)(ctx, ctx.vm.intro);
    (0, lines_table_block_js_1.drawLinesTable)(ctx);
    (0, totals_block_js_1.drawTotals)(ctx);
    (0, text_sections_block_js_1.drawTextSections)(ctx, ctx.vm.sections);
}
//# sourceMappingURL=credit-note.template.js.map