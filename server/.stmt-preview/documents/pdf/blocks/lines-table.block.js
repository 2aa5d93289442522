"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.drawLinesTable = drawLinesTable;
const layout_js_1 = require("./layout.js");
/** Fixed widths (pt); the description takes what is left. */
const WIDTHS = {
    reference: 74,
    quantity: 32,
    unit: 44,
    unitPrice: 58,
    discount: 40,
    vatRate: 40,
    lineTotal: 64,
    ordered: 56,
    previouslyDelivered: 56,
    delivered: 50,
    remaining: 58,
};
const PAD_X = 4;
const PAD_Y = 4;
/**
 * The lines table: accent header row, zebra rows, right-aligned figures, wrapped descriptions. Rows
 * never split; the header row is repeated on every continuation page.
 */
function drawLinesTable(ctx) {
    const { doc, vm } = ctx;
    if (!vm.columns.length)
        return;
    const columns = layoutColumns(vm.columns);
    const header = () => drawHeader(doc, columns);
    if (doc.y + headerHeight(doc, columns) + 24 > layout_js_1.CONTENT_BOTTOM)
        (0, layout_js_1.newPage)(ctx);
    header();
    vm.lines.forEach((line, index) => {
        const height = rowHeight(doc, columns, line.cells);
        if (doc.y + height > layout_js_1.CONTENT_BOTTOM) {
            closeTable(doc);
            (0, layout_js_1.newPage)(ctx);
            header();
        }
        const top = doc.y;
        if (index % 2 === 1)
            doc.rect(layout_js_1.CONTENT_LEFT, top, layout_js_1.CONTENT_WIDTH, height).fillColor(layout_js_1.COLORS.zebra).fill();
        for (const col of columns) {
            const text = line.cells[col.key] ?? '';
            if (!text)
                continue;
            const isRef = col.key === 'reference';
            (0, layout_js_1.setFont)(doc, col.key === 'lineTotal', isRef ? layout_js_1.SIZE.table - 1 : layout_js_1.SIZE.table, isRef ? layout_js_1.COLORS.muted : layout_js_1.COLORS.text);
            doc.text(text, col.x + PAD_X, top + PAD_Y + (isRef ? 0.6 : 0), { width: col.width - 2 * PAD_X, align: col.align });
        }
        doc
            .moveTo(layout_js_1.CONTENT_LEFT, top + height)
            .lineTo(layout_js_1.CONTENT_RIGHT, top + height)
            .lineWidth(0.4)
            .strokeColor(layout_js_1.COLORS.ruleLight)
            .stroke();
        doc.y = top + height;
    });
    closeTable(doc);
    doc.x = layout_js_1.CONTENT_LEFT;
    doc.y += 12;
}
function layoutColumns(columns) {
    const fixed = columns.reduce((s, c) => s + (c.key === 'description' ? 0 : WIDTHS[c.key]), 0);
    let x = layout_js_1.CONTENT_LEFT;
    return columns.map((c) => {
        const width = c.key === 'description' ? layout_js_1.CONTENT_WIDTH - fixed : WIDTHS[c.key];
        const laid = { ...c, x, width };
        x += width;
        return laid;
    });
}
function headerHeight(doc, columns) {
    (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.tableHeader);
    return Math.max(...columns.map((c) => doc.heightOfString(c.header, { width: c.width - 2 * PAD_X }))) + 2 * PAD_Y + 1;
}
function drawHeader(doc, columns) {
    const height = headerHeight(doc, columns);
    const top = doc.y;
    doc.rect(layout_js_1.CONTENT_LEFT, top, layout_js_1.CONTENT_WIDTH, height).fillColor(layout_js_1.COLORS.accent).fill();
    for (const col of columns) {
        (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.tableHeader, layout_js_1.COLORS.accentText);
        doc.text(col.header, col.x + PAD_X, top + PAD_Y + 0.5, { width: col.width - 2 * PAD_X, align: col.align });
    }
    doc.y = top + height;
}
function rowHeight(doc, columns, cells) {
    let max = 0;
    for (const col of columns) {
        const text = cells[col.key];
        if (!text)
            continue;
        (0, layout_js_1.setFont)(doc, col.key === 'lineTotal', col.key === 'reference' ? layout_js_1.SIZE.table - 1 : layout_js_1.SIZE.table);
        max = Math.max(max, doc.heightOfString(text, { width: col.width - 2 * PAD_X }));
    }
    return Math.max(max, 9) + 2 * PAD_Y;
}
function closeTable(doc) {
    doc
        .moveTo(layout_js_1.CONTENT_LEFT, doc.y)
        .lineTo(layout_js_1.CONTENT_RIGHT, doc.y)
        .lineWidth(0.8)
        .strokeColor(layout_js_1.COLORS.accent)
        .stroke();
}
//# sourceMappingURL=lines-table.block.js.map