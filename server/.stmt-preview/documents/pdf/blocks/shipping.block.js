"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.drawShipping = drawShipping;
const layout_js_1 = require("./layout.js");
const PAD = 8;
/** Delivery notes: carrier, parcels, gross weight, tracking number, Incoterm, side by side. */
function drawShipping(ctx) {
    const { doc, vm } = ctx;
    const shipping = vm.shipping;
    if (!shipping || !shipping.rows.length)
        return;
    const cellWidth = (layout_js_1.CONTENT_WIDTH - 2 * PAD) / shipping.rows.length;
    (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.body);
    const valueHeight = Math.max(...shipping.rows.map((r) => doc.heightOfString(r.value, { width: cellWidth - 6 })));
    const height = PAD + 12 + 10 + valueHeight + PAD;
    (0, layout_js_1.ensureSpace)(ctx, height);
    const top = doc.y;
    doc.roundedRect(layout_js_1.CONTENT_LEFT, top, layout_js_1.CONTENT_WIDTH, height, 4).fillColor(layout_js_1.COLORS.box).fill();
    (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.body, layout_js_1.COLORS.accent);
    doc.text(shipping.title, layout_js_1.CONTENT_LEFT + PAD, top + PAD, { width: layout_js_1.CONTENT_WIDTH - 2 * PAD });
    shipping.rows.forEach((row, i) => {
        const x = layout_js_1.CONTENT_LEFT + PAD + i * cellWidth;
        (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.small, layout_js_1.COLORS.muted);
        doc.text(row.label, x, top + PAD + 13, { width: cellWidth - 6 });
        (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.body, layout_js_1.COLORS.text);
        doc.text(row.value, x, top + PAD + 23, { width: cellWidth - 6 });
    });
    doc.x = layout_js_1.CONTENT_LEFT;
    doc.y = top + height + 12;
}
//# sourceMappingURL=shipping.block.js.map