"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statementTemplate = statementTemplate;
const layout_js_1 = require("../blocks/layout.js");
const page_header_block_js_1 = require("../blocks/page-header.block.js");
const parties_block_js_1 = require("../blocks/parties.block.js");
const simple_table_js_1 = require("../blocks/simple-table.js");
const text_sections_block_js_1 = require("../blocks/text-sections.block.js");
/** Ledger column widths (pt): date, document, label (the rest), due date, debit, credit, balance. */
const LEDGER_WIDTHS = [58, 74, 0, 58, 62, 62, 68];
const PAD_X = 4;
const PAD_Y = 4;
const SPLIT_WIDTH = 250;
const SUMMARY_WIDTH = 228;
const ROW = 14.5;
const STRONG_ROW = 19;
const SIMPLE_ROW = 13;
/**
 * Account statement: letterhead and client (shared blocks), the period's ledger with opening and
 * closing rows (header repeated on each page), the balance split beside the summary, the overdue
 * invoices, payment instructions and late-payment terms. The shared blocks read the frame only.
 */
function statementTemplate(doc, vm) {
    const ctx = { doc, vm: vm.frame };
    (0, page_header_block_js_1.drawPageHeader)(ctx);
    (0, parties_block_js_1.drawParties)(ctx);
    (0, text_sections_block_js_1.drawTextSections)(ctx, vm.intro);
    drawLedger(ctx, vm.ledger);
    drawBalance(ctx, vm.split, vm.summary);
    if (vm.overdue)
        drawPagedTable(ctx, vm.overdue, [1.3, 1, 1, 0.9, 1.2, 1.2]);
    (0, text_sections_block_js_1.drawTextSections)(ctx, vm.sections);
    return ctx;
}
function ledgerColumns() {
    const flexible = layout_js_1.CONTENT_WIDTH - LEDGER_WIDTHS.reduce((s, w) => s + w, 0);
    let x = layout_js_1.CONTENT_LEFT;
    return LEDGER_WIDTHS.map((w) => {
        const width = w || flexible;
        const col = { x, width };
        x += width;
        return col;
    });
}
function drawLedger(ctx, ledger) {
    const { doc } = ctx;
    const columns = ledgerColumns();
    const header = () => {
        (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.tableHeader);
        const height = Math.max(...ledger.headers.map((h, i) => doc.heightOfString(h, { width: columns[i].width - 2 * PAD_X }))) + 2 * PAD_Y + 1;
        const top = doc.y;
        doc.rect(layout_js_1.CONTENT_LEFT, top, layout_js_1.CONTENT_WIDTH, height).fillColor(layout_js_1.COLORS.accent).fill();
        ledger.headers.forEach((h, i) => {
            (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.tableHeader, layout_js_1.COLORS.accentText);
            doc.text(h, columns[i].x + PAD_X, top + PAD_Y + 0.5, { width: columns[i].width - 2 * PAD_X, align: ledger.align[i] });
        });
        doc.y = top + height;
    };
    if (doc.y + 60 > layout_js_1.CONTENT_BOTTOM)
        (0, layout_js_1.newPage)(ctx);
    header();
    let zebra = false;
    ledger.rows.forEach((row) => {
        const bold = row.kind !== 'entry';
        // Opening and closing rows in bold (but their date), the running balance always.
        const boldCell = (i) => (bold && i > 0) || i === row.cells.length - 1;
        const height = Math.max(9, ...row.cells.map((cell, i) => {
            (0, layout_js_1.setFont)(doc, boldCell(i), layout_js_1.SIZE.table);
            return cell ? doc.heightOfString(cell, { width: columns[i].width - 2 * PAD_X }) : 0;
        })) +
            2 * PAD_Y;
        if (doc.y + height > layout_js_1.CONTENT_BOTTOM) {
            rule(doc, 0.8, layout_js_1.COLORS.accent);
            (0, layout_js_1.newPage)(ctx);
            header();
        }
        const top = doc.y;
        if (bold)
            doc.rect(layout_js_1.CONTENT_LEFT, top, layout_js_1.CONTENT_WIDTH, height).fillColor(layout_js_1.COLORS.box).fill();
        else if ((zebra = !zebra) === false)
            doc.rect(layout_js_1.CONTENT_LEFT, top, layout_js_1.CONTENT_WIDTH, height).fillColor(layout_js_1.COLORS.zebra).fill();
        row.cells.forEach((cell, i) => {
            if (!cell)
                return;
            (0, layout_js_1.setFont)(doc, boldCell(i), layout_js_1.SIZE.table, layout_js_1.COLORS.text);
            doc.text(cell, columns[i].x + PAD_X, top + PAD_Y, { width: columns[i].width - 2 * PAD_X, align: ledger.align[i] });
        });
        doc.y = top + height;
        rule(doc, 0.4, layout_js_1.COLORS.ruleLight);
        if (row.kind === 'opening' && ledger.empty) {
            (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.table, layout_js_1.COLORS.muted);
            doc.text(ledger.empty, layout_js_1.CONTENT_LEFT + PAD_X, doc.y + PAD_Y, { width: layout_js_1.CONTENT_WIDTH - 2 * PAD_X });
            doc.y += PAD_Y;
            rule(doc, 0.4, layout_js_1.COLORS.ruleLight);
        }
    });
    rule(doc, 0.8, layout_js_1.COLORS.accent);
    doc.x = layout_js_1.CONTENT_LEFT;
    doc.y += 12;
}
function rule(doc, width, color) {
    doc.moveTo(layout_js_1.CONTENT_LEFT, doc.y).lineTo(layout_js_1.CONTENT_RIGHT, doc.y).lineWidth(width).strokeColor(color).stroke();
}
/** The balance split (not due / overdue / credit) on the left, the summary with the closing balance on the right. */
function drawBalance(ctx, split, summary) {
    const { doc } = ctx;
    const summaryHeight = summary.reduce((s, r) => s + (r.strong ? STRONG_ROW + 3 : ROW), 0);
    (0, layout_js_1.ensureSpace)(ctx, Math.max(summaryHeight, (0, simple_table_js_1.simpleTableHeight)(split)));
    const top = doc.y;
    const splitBottom = (0, simple_table_js_1.drawSimpleTable)(doc, split, layout_js_1.CONTENT_LEFT, top, SPLIT_WIDTH, [1.9, 1]);
    const x = layout_js_1.CONTENT_RIGHT - SUMMARY_WIDTH;
    let y = top;
    for (const row of summary) {
        if (row.strong) {
            y += 3;
            doc.roundedRect(x, y, SUMMARY_WIDTH, STRONG_ROW, 2).fillColor(layout_js_1.COLORS.accent).fill();
            (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.name, layout_js_1.COLORS.accentText);
            const valueWidth = doc.widthOfString(row.value);
            const labelWidth = SUMMARY_WIDTH - 16 - valueWidth - 8;
            if (doc.widthOfString(row.label) > labelWidth)
                doc.fontSize(layout_js_1.SIZE.body);
            doc.text(row.label, x + 8, y + 5.5, { width: labelWidth, lineBreak: false, ellipsis: true });
            (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.name, layout_js_1.COLORS.accentText);
            doc.text(row.value, x + 8, y + 5, { width: SUMMARY_WIDTH - 16, align: 'right', lineBreak: false });
            y += STRONG_ROW;
        }
        else {
            (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.body, layout_js_1.COLORS.text);
            doc.text(row.label, x + 8, y + 3, { width: SUMMARY_WIDTH * 0.58, lineBreak: false });
            (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.body, layout_js_1.COLORS.text);
            doc.text(row.value, x + SUMMARY_WIDTH * 0.42 - 8, y + 3, { width: SUMMARY_WIDTH * 0.58, align: 'right', lineBreak: false });
            y += ROW;
            doc.moveTo(x, y).lineTo(x + SUMMARY_WIDTH, y).lineWidth(0.3).strokeColor(layout_js_1.COLORS.ruleLight).stroke();
        }
    }
    doc.x = layout_js_1.CONTENT_LEFT;
    doc.y = Math.max(y, splitBottom) + 14;
}
/** A full-width simple table, continued on the next pages when it does not fit. */
function drawPagedTable(ctx, table, shares) {
    const { doc } = ctx;
    let rows = table.rows;
    let first = true;
    while (rows.length) {
        let fit = Math.floor((layout_js_1.CONTENT_BOTTOM - doc.y - 14 - SIMPLE_ROW - 2) / SIMPLE_ROW);
        if (fit < Math.min(2, rows.length)) {
            (0, layout_js_1.newPage)(ctx);
            fit = Math.floor((layout_js_1.CONTENT_BOTTOM - doc.y - 14 - SIMPLE_ROW - 2) / SIMPLE_ROW);
        }
        const chunk = rows.slice(0, fit);
        const title = first ? table.title : `${table.title} ${ctx.vm.continuedLabel}`;
        doc.y = (0, simple_table_js_1.drawSimpleTable)(doc, { ...table, title, rows: chunk }, layout_js_1.CONTENT_LEFT, doc.y, layout_js_1.CONTENT_WIDTH, shares) + 12;
        rows = rows.slice(chunk.length);
        first = false;
    }
    doc.x = layout_js_1.CONTENT_LEFT;
}
//# sourceMappingURL=statement.template.js.map