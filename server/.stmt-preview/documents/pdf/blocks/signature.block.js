"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.drawSignature = drawSignature;
const layout_js_1 = require("./layout.js");
const PAD = 10;
const FIELD_HEIGHT = 21;
const SIGNATURE_SPACE = 34;
const RESERVATIONS_HEIGHT = 78;
/**
 * Signature area, kept on one page: "Bon pour accord" on quotes and order forms (intro on the left,
 * date / signatory / signature fields on the right), or the reception block of a delivery note
 * (fields on the left, a framed area for reservations on the right).
 */
function drawSignature(ctx) {
    const { doc, vm } = ctx;
    const signature = vm.signature;
    if (!signature)
        return;
    const half = (layout_js_1.CONTENT_WIDTH - 3 * PAD) / 2;
    const withReservations = !!signature.reservations;
    (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.small);
    const introWidth = withReservations ? layout_js_1.CONTENT_WIDTH - 2 * PAD : half;
    const introHeight = doc.heightOfString(signature.intro, { width: introWidth, lineGap: 1 });
    const fieldsHeight = signature.fields.length * FIELD_HEIGHT + SIGNATURE_SPACE;
    const bodyHeight = withReservations ? introHeight + 8 + Math.max(fieldsHeight, RESERVATIONS_HEIGHT + 12) : Math.max(introHeight, fieldsHeight);
    const height = PAD + 14 + bodyHeight + PAD;
    (0, layout_js_1.ensureSpace)(ctx, height + 4);
    const top = doc.y + 4;
    doc.roundedRect(layout_js_1.CONTENT_LEFT, top, layout_js_1.CONTENT_WIDTH, height, 4).lineWidth(0.9).strokeColor(layout_js_1.COLORS.accent).stroke();
    (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.name, layout_js_1.COLORS.accent);
    doc.text(signature.title, layout_js_1.CONTENT_LEFT + PAD, top + PAD, { width: layout_js_1.CONTENT_WIDTH - 2 * PAD });
    const bodyTop = top + PAD + 16;
    (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.small, layout_js_1.COLORS.text);
    doc.text(signature.intro, layout_js_1.CONTENT_LEFT + PAD, bodyTop, { width: introWidth, lineGap: 1 });
    const fieldsX = withReservations ? layout_js_1.CONTENT_LEFT + PAD : layout_js_1.CONTENT_LEFT + 2 * PAD + half;
    const fieldsTop = withReservations ? bodyTop + introHeight + 8 : bodyTop;
    signature.fields.forEach((field, i) => {
        const y = fieldsTop + i * FIELD_HEIGHT;
        (0, layout_js_1.setFont)(doc, false, layout_js_1.SIZE.body, layout_js_1.COLORS.text);
        doc.text(field, fieldsX, y, { width: half });
        // The last field (signature) gets blank space, not a line.
        if (i === signature.fields.length - 1)
            return;
        const lineY = y + FIELD_HEIGHT - 6;
        const labelWidth = Math.min(doc.widthOfString(field) + 6, half - 40);
        doc
            .moveTo(fieldsX + labelWidth, lineY)
            .lineTo(fieldsX + half, lineY)
            .lineWidth(0.5)
            .dash(1.5, { space: 2 })
            .strokeColor(layout_js_1.COLORS.muted)
            .stroke()
            .undash();
    });
    if (signature.reservations) {
        const rx = layout_js_1.CONTENT_LEFT + 2 * PAD + half;
        (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.body, layout_js_1.COLORS.text);
        doc.text(signature.reservations, rx, fieldsTop, { width: half });
        doc.rect(rx, fieldsTop + 12, half, RESERVATIONS_HEIGHT).lineWidth(0.5).strokeColor(layout_js_1.COLORS.rule).stroke();
    }
    doc.x = layout_js_1.CONTENT_LEFT;
    doc.y = top + height + 10;
}
//# sourceMappingURL=signature.block.js.map