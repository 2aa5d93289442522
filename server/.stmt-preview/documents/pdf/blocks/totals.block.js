"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.drawTotals = drawTotals;
const layout_js_1 = require("./layout.js");
const simple_table_js_1 = require("./simple-table.js");
const TOTALS_WIDTH = 228;
const VAT_WIDTH = 250;
const ROW = 14.5;
const STRONG_ROW = 19;
const NOTE_SIZE = layout_js_1.SIZE.small;
/**
 * Totals on the right (lines total, global discount, shipping, total HT, VAT per rate, total TTC,
 * amount due) and the VAT summary per rate on the left (rate, taxable base, VAT), with the VAT
 * notices (exemption reference, autoliquidation, nature of operations) under it.
 */
function drawTotals(ctx) {
    const { doc, vm } = ctx;
    const totals = vm.totals;
    if (!totals)
        return;
    const totalsHeight = totals.rows.reduce((s, r) => s + (r.strong ? STRONG_ROW + 3 : ROW), 0);
    (0, layout_js_1.setFont)(doc, false, NOTE_SIZE);
    const notesHeight = totals.notes.reduce((s, n) => s + doc.heightOfString(n, { width: VAT_WIDTH, lineGap: 1 }) + 3, totals.notes.length ? 6 : 0);
    const vatHeight = (0, simple_table_js_1.simpleTableHeight)(totals.vatTable) + notesHeight;
    (0, layout_js_1.ensureSpace)(ctx, Math.max(totalsHeight, vatHeight));
    const top = doc.y;
    let vatBottom = (0, simple_table_js_1.drawSimpleTable)(doc, totals.vatTable, layout_js_1.CONTENT_LEFT, top, VAT_WIDTH, [0.9, 1.2, 1.1]);
    if (totals.notes.length)
        vatBottom += 6;
    for (const note of totals.notes) {
        (0, layout_js_1.setFont)(doc, false, NOTE_SIZE, layout_js_1.COLORS.text);
        doc.text(note, layout_js_1.CONTENT_LEFT, vatBottom, { width: VAT_WIDTH, lineGap: 1 });
        vatBottom = doc.y + 3;
    }
    const x = layout_js_1.CONTENT_RIGHT - TOTALS_WIDTH;
    let y = top;
    for (const row of totals.rows) {
        if (row.strong) {
            y += 3;
            doc.roundedRect(x, y, TOTALS_WIDTH, STRONG_ROW, 2).fillColor(layout_js_1.COLORS.accent).fill();
            (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.name, layout_js_1.COLORS.accentText);
            const valueWidth = doc.widthOfString(row.value);
            const labelWidth = TOTALS_WIDTH - 16 - valueWidth - 8;
            if (doc.widthOfString(row.label) > labelWidth)
                doc.fontSize(layout_js_1.SIZE.body);
            doc.text(row.label, x + 8, y + 5.5, { width: labelWidth, lineBreak: false, ellipsis: true });
            (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.name, layout_js_1.COLORS.accentText);
            doc.text(row.value, x + 8, y + 5, { width: TOTALS_WIDTH - 16, align: 'right', lineBreak: false });
            y += STRONG_ROW;
        }
        else {
            (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.body, layout_js_1.COLORS.text);
            doc.text(row.label, x + 8, y + 3, { width: TOTALS_WIDTH * 0.58, lineBreak: false });
            (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.body, layout_js_1.COLORS.text);
            doc.text(row.value, x + TOTALS_WIDTH * 0.42 - 8, y + 3, { width: TOTALS_WIDTH * 0.58, align: 'right', lineBreak: false });
            y += ROW;
            doc.moveTo(x, y).lineTo(x + TOTALS_WIDTH, y).lineWidth(0.3).strokeColor(layout_js_1.COLORS.ruleLight).stroke();
        }
    }
    doc.x = layout_js_1.CONTENT_LEFT;
    doc.y = Math.max(y, vatBottom) + 14;
}
//# sourceMappingURL=totals.block.js.map