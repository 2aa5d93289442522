"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.drawDeposits = drawDeposits;
const layout_js_1 = require("./layout.js");
const simple_table_js_1 = require("./simple-table.js");
/** Final invoice: the deposit invoices already issued and deducted (number, date, HT, TVA, TTC). */
function drawDeposits(ctx) {
    const { doc, vm } = ctx;
    const table = vm.deposits;
    if (!table)
        return;
    (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.body - 0.3);
    const intro = table.intro ? doc.heightOfString(table.intro, { width: layout_js_1.CONTENT_WIDTH }) + 3 : 0;
    (0, layout_js_1.ensureSpace)(ctx, (0, simple_table_js_1.simpleTableHeight)(table) + intro);
    const top = doc.y;
    if (table.intro) {
        (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.body - 0.3, layout_js_1.COLORS.text);
        doc.text(table.intro, layout_js_1.CONTENT_LEFT, top + 15, { width: layout_js_1.CONTENT_WIDTH });
    }
    const bottom = (0, simple_table_js_1.drawSimpleTable)(doc, { ...table, intro: undefined }, layout_js_1.CONTENT_LEFT, top, layout_js_1.CONTENT_WIDTH, [1.4, 1, 1, 1, 1], intro);
    doc.x = layout_js_1.CONTENT_LEFT;
    doc.y = bottom + 12;
}
//# sourceMappingURL=deposits.block.js.map