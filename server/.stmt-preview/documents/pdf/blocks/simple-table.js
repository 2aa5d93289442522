"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.simpleTableHeight = simpleTableHeight;
exports.drawSimpleTable = drawSimpleTable;
const layout_js_1 = require("./layout.js");
const PAD_X = 4;
const ROW = 13;
/** Height of a small titled table (VAT summary, deposits). */
function simpleTableHeight(table) {
    return 14 + (table.rows.length + 1) * ROW + 2;
}
/**
 * A small titled table: muted header with a rule, one line per row, figures right-aligned. Widths are
 * shares of `width`.
 */
function drawSimpleTable(doc, table, x, y, width, shares, skip = 0) {
    const total = shares.reduce((s, n) => s + n, 0);
    const widths = shares.map((s) => (s / total) * width);
    (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.body, layout_js_1.COLORS.accent);
    doc.text(table.title, x, y, { width, lineBreak: false });
    let top = y + 14 + skip;
    const row = (cells, bold, color) => {
        let cx = x;
        cells.forEach((cell, i) => {
            (0, layout_js_1.setFont)(doc, bold, bold ? layout_js_1.SIZE.tableHeader : layout_js_1.SIZE.table, color);
            doc.text(cell, cx + PAD_X, top + 2.5, { width: widths[i] - 2 * PAD_X, align: table.align[i] ?? 'left', lineBreak: false });
            cx += widths[i];
        });
        top += ROW;
    };
    row(table.headers, true, layout_js_1.COLORS.muted);
    doc.moveTo(x, top).lineTo(x + width, top).lineWidth(0.6).strokeColor(layout_js_1.COLORS.rule).stroke();
    table.rows.forEach((cells) => {
        row(cells, false, layout_js_1.COLORS.text);
        doc.moveTo(x, top).lineTo(x + width, top).lineWidth(0.3).strokeColor(layout_js_1.COLORS.ruleLight).stroke();
    });
    return top + 2;
}
//# sourceMappingURL=simple-table.js.map