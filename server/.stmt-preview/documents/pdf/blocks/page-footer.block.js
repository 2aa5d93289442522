"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.drawPageFooters = drawPageFooters;
const document_texts_js_1 = require("../document-texts.js");
const layout_js_1 = require("./layout.js");
const PAGE_LABEL_WIDTH = 62;
/**
 * Legal footer of every page (R123-237 identity of the seller) and "Page x / n". Drawn once all
 * pages exist (bufferPages), with the bottom margin lifted so that pdfkit does not open a new page.
 */
function drawPageFooters(ctx) {
    const { doc, vm } = ctx;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        const margin = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        const top = layout_js_1.PAGE.height - layout_js_1.PAGE.margin - layout_js_1.FOOTER_HEIGHT + 8;
        doc.moveTo(layout_js_1.CONTENT_LEFT, top).lineTo(layout_js_1.CONTENT_RIGHT, top).lineWidth(0.5).strokeColor(layout_js_1.COLORS.rule).stroke();
        (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.footer, layout_js_1.COLORS.muted);
        doc.text(vm.footer.join('\n'), layout_js_1.CONTENT_LEFT, top + 5, { width: layout_js_1.CONTENT_WIDTH - PAGE_LABEL_WIDTH - 10, lineGap: 0.6 });
        (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.small, layout_js_1.COLORS.text);
        const label = (0, document_texts_js_1.fillPlaceholders)(vm.pageLabel, { page: i - range.start + 1, pages: range.count });
        doc.text(label, layout_js_1.CONTENT_RIGHT - PAGE_LABEL_WIDTH, top + 5, { width: PAGE_LABEL_WIDTH, align: 'right', lineBreak: false });
        doc.page.margins.bottom = margin;
    }
}
//# sourceMappingURL=page-footer.block.js.map