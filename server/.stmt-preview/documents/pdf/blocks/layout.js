"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FONT = exports.SIZE = exports.COLORS = exports.CONTENT_BOTTOM = exports.FOOTER_HEIGHT = exports.CONTENT_RIGHT = exports.CONTENT_WIDTH = exports.CONTENT_LEFT = exports.PAGE = void 0;
exports.setFont = setFont;
exports.textHeight = textHeight;
exports.ensureSpace = ensureSpace;
exports.newPage = newPage;
const fonts_js_1 = require("../fonts.js");
/**
 * Page geometry, colours and type scale shared by the blocks, and the flow helpers (space check,
 * continuation page). A4 portrait, 40 pt margins; the bottom FOOTER_HEIGHT points of the content
 * area are kept for the legal footer and the page number.
 */
exports.PAGE = { width: 595.28, height: 841.89, margin: 40 };
exports.CONTENT_LEFT = exports.PAGE.margin;
exports.CONTENT_WIDTH = exports.PAGE.width - 2 * exports.PAGE.margin;
exports.CONTENT_RIGHT = exports.PAGE.width - exports.PAGE.margin;
exports.FOOTER_HEIGHT = 40;
/** Lowest y the flowing content may reach. */
exports.CONTENT_BOTTOM = exports.PAGE.height - exports.PAGE.margin - exports.FOOTER_HEIGHT;
exports.COLORS = {
    text: '#1f2328',
    muted: '#5d6773',
    accent: '#1d4e89',
    accentText: '#ffffff',
    rule: '#c8d0d9',
    ruleLight: '#e3e8ee',
    zebra: '#f4f6f9',
    box: '#f5f7fa',
    watermark: '#9aa5b1',
};
exports.SIZE = {
    title: 19,
    name: 10,
    body: 8.5,
    table: 8,
    tableHeader: 7.5,
    small: 7.5,
    footer: 6.6,
};
exports.FONT = { regular: fonts_js_1.FONT_REGULAR, bold: fonts_js_1.FONT_BOLD };
function setFont(doc, bold, size, color = exports.COLORS.text) {
    doc.font(bold ? exports.FONT.bold : exports.FONT.regular).fontSize(size).fillColor(color);
}
/** Height of a text at the current font, for a width. */
function textHeight(doc, text, width, lineGap = 0) {
    return doc.heightOfString(text, { width, lineGap });
}
/** Starts a continuation page when `height` does not fit below the current position. */
function ensureSpace(ctx, height) {
    if (ctx.doc.y + height <= exports.CONTENT_BOTTOM)
        return false;
    newPage(ctx);
    return true;
}
/** A new page with a short running header (seller, document title and number, "(suite)"). */
function newPage(ctx) {
    const { doc, vm } = ctx;
    doc.addPage();
    const top = exports.PAGE.margin;
    setFont(doc, true, exports.SIZE.body, exports.COLORS.accent);
    doc.text(vm.seller.name, exports.CONTENT_LEFT, top, { width: exports.CONTENT_WIDTH / 2, lineBreak: false });
    const right = `${vm.title} ${vm.number ?? ''} ${vm.continuedLabel}`.replace(/\s+/g, ' ').trim();
    setFont(doc, true, exports.SIZE.body, exports.COLORS.text);
    doc.text(right, exports.CONTENT_LEFT + exports.CONTENT_WIDTH / 2, top, { width: exports.CONTENT_WIDTH / 2, align: 'right', lineBreak: false });
    doc
        .moveTo(exports.CONTENT_LEFT, top + 14)
        .lineTo(exports.CONTENT_RIGHT, top + 14)
        .lineWidth(0.6)
        .strokeColor(exports.COLORS.rule)
        .stroke();
    doc.x = exports.CONTENT_LEFT;
    doc.y = top + 26;
}
//# sourceMappingURL=layout.js.map