"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reminderTemplate = reminderTemplate;
const layout_js_1 = require("../blocks/layout.js");
const page_header_block_js_1 = require("../blocks/page-header.block.js");
const parties_block_js_1 = require("../blocks/parties.block.js");
const simple_table_js_1 = require("../blocks/simple-table.js");
const text_sections_block_js_1 = require("../blocks/text-sections.block.js");
const BODY = layout_js_1.SIZE.body + 0.2;
const LINE_GAP = 1.2;
const VALUE_WIDTH = 80;
/** Room left for the handwritten signature. */
const SIGNATURE_SPACE = 16;
/** Width of the debtor block drawn by the parties block. */
const PARTY_WIDTH = 250;
const INVOICE_SHARES = [1.1, 0.8, 0.95, 1.3, 0.9, 0.95, 1.1];
/**
 * Reminder letter and formal notice: letterhead and meta box, debtor block with the registered-mail
 * mention and the place and date on its left, subject, salutation and opening, unpaid invoices, amount claimed, steps already
 * taken, deadline and payment details, consequences, closing and signature.
 */
function reminderTemplate(ctx) {
    const { doc, vm } = ctx;
    // The letterhead, debtor block and continuation pages read only fields the two view models share.
    const shared = { doc, vm: vm };
    (0, page_header_block_js_1.drawPageHeader)(shared);
    // Left of the debtor block (a window envelope shows the right): sending mode, then place and date.
    const top = doc.y;
    (0, parties_block_js_1.drawParties)(shared);
    const after = doc.y;
    const leftWidth = layout_js_1.CONTENT_WIDTH - PARTY_WIDTH - 20;
    if (vm.sendingMode) {
        (0, layout_js_1.setFont)(doc, true, BODY, layout_js_1.COLORS.accent);
        doc.text(vm.sendingMode.toUpperCase(), layout_js_1.CONTENT_LEFT, top + 4, { width: leftWidth });
    }
    (0, layout_js_1.setFont)(doc, false, BODY, layout_js_1.COLORS.text);
    doc.text(vm.placeAndDate, layout_js_1.CONTENT_LEFT, Math.max(vm.sendingMode ? doc.y + 8 : top, after - 14 - doc.currentLineHeight(true) - 6), { width: leftWidth });
    doc.y = after;
    (0, layout_js_1.setFont)(doc, true, BODY, layout_js_1.COLORS.text);
    doc.text(vm.subject, layout_js_1.CONTENT_LEFT, doc.y, { width: layout_js_1.CONTENT_WIDTH });
    (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.small, layout_js_1.COLORS.muted);
    doc.text(vm.contactLine, layout_js_1.CONTENT_LEFT, doc.y + 2, { width: layout_js_1.CONTENT_WIDTH });
    doc.y += 7;
    paragraphs(shared, [vm.salutation, ...vm.opening]);
    (0, layout_js_1.ensureSpace)(shared, (0, simple_table_js_1.simpleTableHeight)(vm.invoicesTable) + 6);
    doc.y = (0, simple_table_js_1.drawSimpleTable)(doc, vm.invoicesTable, layout_js_1.CONTENT_LEFT, doc.y, layout_js_1.CONTENT_WIDTH, INVOICE_SHARES) + 8;
    drawClaim(shared, vm.claim.title, vm.claim.rows);
    (0, text_sections_block_js_1.drawTextSections)(shared, [vm.steps, vm.demand, vm.consequences], { size: BODY - 0.2, gapAfter: 5 });
    // The closing formula stays on the page of the signature.
    (0, layout_js_1.setFont)(doc, false, BODY);
    (0, layout_js_1.ensureSpace)(shared, doc.heightOfString(vm.closing, { width: layout_js_1.CONTENT_WIDTH, lineGap: LINE_GAP }) + 6 + signatoryHeight(vm.signatureLines));
    paragraphs(shared, [vm.closing]);
    drawSignatory(shared, vm.signatureLines);
}
function paragraphs(ctx, texts) {
    const { doc } = ctx;
    for (const text of texts) {
        (0, layout_js_1.setFont)(doc, false, BODY, layout_js_1.COLORS.text);
        (0, layout_js_1.ensureSpace)(ctx, doc.heightOfString(text, { width: layout_js_1.CONTENT_WIDTH, lineGap: LINE_GAP }));
        doc.text(text, layout_js_1.CONTENT_LEFT, doc.y, { width: layout_js_1.CONTENT_WIDTH, lineGap: LINE_GAP });
        doc.y += 3;
    }
    doc.y += 3;
}
/** Amount claimed: one line per item (label may wrap, amount on the right), the total framed. */
function drawClaim(ctx, title, rows) {
    const { doc } = ctx;
    const labelWidth = layout_js_1.CONTENT_WIDTH - VALUE_WIDTH - 16;
    (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.body);
    const height = 16 + rows.reduce((s, r) => s + doc.heightOfString(r.label, { width: labelWidth }) + 7, 0) + 6;
    (0, layout_js_1.ensureSpace)(ctx, height);
    (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.body, layout_js_1.COLORS.accent);
    doc.text(title, layout_js_1.CONTENT_LEFT, doc.y, { width: layout_js_1.CONTENT_WIDTH });
    let y = doc.y + 4;
    for (const row of rows) {
        (0, layout_js_1.setFont)(doc, row.strong === true, row.strong ? layout_js_1.SIZE.name : layout_js_1.SIZE.body, row.strong ? layout_js_1.COLORS.accentText : layout_js_1.COLORS.text);
        const h = doc.heightOfString(row.label, { width: labelWidth }) + 4;
        if (row.strong)
            doc.roundedRect(layout_js_1.CONTENT_LEFT, y, layout_js_1.CONTENT_WIDTH, h + 2, 2).fillColor(layout_js_1.COLORS.accent).fill();
        (0, layout_js_1.setFont)(doc, row.strong === true, row.strong ? layout_js_1.SIZE.name : layout_js_1.SIZE.body, row.strong ? layout_js_1.COLORS.accentText : layout_js_1.COLORS.text);
        doc.text(row.label, layout_js_1.CONTENT_LEFT + 8, y + 3, { width: labelWidth });
        (0, layout_js_1.setFont)(doc, true, row.strong ? layout_js_1.SIZE.name : layout_js_1.SIZE.body, row.strong ? layout_js_1.COLORS.accentText : layout_js_1.COLORS.text);
        doc.text(row.value, layout_js_1.CONTENT_RIGHT - VALUE_WIDTH - 8, y + 3, { width: VALUE_WIDTH, align: 'right', lineBreak: false });
        y += h + (row.strong ? 2 : 0);
        if (!row.strong)
            doc.moveTo(layout_js_1.CONTENT_LEFT, y).lineTo(layout_js_1.CONTENT_RIGHT, y).lineWidth(0.3).strokeColor(layout_js_1.COLORS.ruleLight).stroke();
    }
    doc.x = layout_js_1.CONTENT_LEFT;
    doc.y = y + 8;
}
function signatoryHeight(lines) {
    return 4 + lines.length * 11 + SIGNATURE_SPACE;
}
/** "Pour Bureau Plus Distribution," then the signatory, on the right, with room for the signature. */
function drawSignatory(ctx, lines) {
    const { doc } = ctx;
    const width = 240;
    (0, layout_js_1.ensureSpace)(ctx, signatoryHeight(lines));
    let y = doc.y + 4;
    lines.forEach((line, i) => {
        (0, layout_js_1.setFont)(doc, i > 0, BODY, layout_js_1.COLORS.text);
        doc.text(line, layout_js_1.CONTENT_RIGHT - width, y, { width });
        y = doc.y + (i === 0 ? SIGNATURE_SPACE : 2);
    });
    doc.x = layout_js_1.CONTENT_LEFT;
}
//# sourceMappingURL=reminder.template.js.map