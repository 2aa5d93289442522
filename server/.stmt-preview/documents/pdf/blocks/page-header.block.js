"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.drawPageHeader = drawPageHeader;
const images_js_1 = require("../images.js");
const layout_js_1 = require("./layout.js");
const LOGO_BOX = { width: 180, height: 46 };
const LEFT_WIDTH = 270;
const META_WIDTH = 240;
const META_LABEL_WIDTH = 90;
const META_PAD = 7;
/**
 * Letterhead of the first page: logo and seller block on the left (name, address, contact,
 * SIREN/RCS, VAT number), document title and the meta box (number, dates, client code, references)
 * on the right.
 */
function drawPageHeader(ctx) {
    const { doc, vm } = ctx;
    const top = layout_js_1.PAGE.margin;
    // Left: logo, then the seller's identity.
    let y = top;
    const logo = vm.seller.logoDataUrl;
    const size = logo ? (0, images_js_1.imageSize)(logo) : null;
    if (logo && size) {
        try {
            const scale = Math.min(LOGO_BOX.width / size.width, LOGO_BOX.height / size.height);
            (0, images_js_1.drawImage)(doc, logo, layout_js_1.CONTENT_LEFT, top, size.width * scale, size.height * scale);
            y = top + size.height * scale + 8;
        }
        catch {
            // An unreadable logo must not stop an invoice: the seller's name is printed below anyway.
        }
    }
    (0, layout_js_1.setFont)(doc, true, y === top ? 15 : layout_js_1.SIZE.name, layout_js_1.COLORS.accent);
    doc.text(vm.seller.name, layout_js_1.CONTENT_LEFT, y, { width: LEFT_WIDTH });
    y = doc.y + 2;
    (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.small + 0.5, layout_js_1.COLORS.text);
    for (const line of vm.seller.lines) {
        doc.text(line, layout_js_1.CONTENT_LEFT, y, { width: LEFT_WIDTH });
        y = doc.y + 0.5;
    }
    (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.small, layout_js_1.COLORS.muted);
    for (const line of vm.seller.identity) {
        doc.text(line, layout_js_1.CONTENT_LEFT, y + 1.5, { width: LEFT_WIDTH });
        y = doc.y;
    }
    const leftBottom = y;
    // Right: title and meta box.
    const metaX = layout_js_1.CONTENT_RIGHT - META_WIDTH;
    (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.title, layout_js_1.COLORS.accent);
    doc.text(vm.title, metaX - 60, top - 3, { width: META_WIDTH + 60, align: 'right' });
    const boxTop = doc.y + 5;
    const valueWidth = META_WIDTH - 2 * META_PAD - META_LABEL_WIDTH;
    const rows = vm.meta.map((row) => {
        (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.body, layout_js_1.COLORS.text);
        const h = Math.max(doc.heightOfString(row.value, { width: valueWidth }), 10);
        return { ...row, h };
    });
    const boxHeight = rows.reduce((s, r) => s + r.h + 2.5, 0) + 2 * META_PAD - 2.5;
    doc.roundedRect(metaX, boxTop, META_WIDTH, boxHeight, 3).fillColor(layout_js_1.COLORS.box).fill();
    doc.rect(metaX, boxTop, 2.5, boxHeight).fillColor(layout_js_1.COLORS.accent).fill();
    let my = boxTop + META_PAD;
    for (const row of rows) {
        (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.small + 0.3, layout_js_1.COLORS.muted);
        doc.text(row.label, metaX + META_PAD + 2, my + 0.8, { width: META_LABEL_WIDTH - 4 });
        (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.body, layout_js_1.COLORS.text);
        doc.text(row.value, metaX + META_PAD + META_LABEL_WIDTH, my, { width: valueWidth, align: 'right' });
        my += row.h + 2.5;
    }
    const rightBottom = boxTop + boxHeight;
    doc.x = layout_js_1.CONTENT_LEFT;
    doc.y = Math.max(leftBottom, rightBottom) + 16;
}
//# sourceMappingURL=page-header.block.js.map