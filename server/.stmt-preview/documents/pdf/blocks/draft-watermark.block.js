"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.drawDraftWatermark = drawDraftWatermark;
const layout_js_1 = require("./layout.js");
/** "BROUILLON" / "DRAFT" across every page of an unnumbered document. */
function drawDraftWatermark(ctx) {
    const { doc, vm } = ctx;
    if (!vm.watermark)
        return;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        const margin = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        doc.save();
        (0, layout_js_1.setFont)(doc, true, 88, layout_js_1.COLORS.watermark);
        const width = doc.widthOfString(vm.watermark);
        const cx = layout_js_1.PAGE.width / 2;
        const cy = layout_js_1.PAGE.height / 2;
        doc.rotate(-38, { origin: [cx, cy] });
        doc.fillOpacity(0.22);
        doc.text(vm.watermark, cx - width / 2, cy - 44, { lineBreak: false });
        doc.restore();
        doc.page.margins.bottom = margin;
    }
}
//# sourceMappingURL=draft-watermark.block.js.map