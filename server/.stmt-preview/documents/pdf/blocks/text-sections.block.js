"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.drawTextSections = drawTextSections;
const layout_js_1 = require("./layout.js");
const LINE_GAP = 1.2;
/**
 * Titled paragraphs (payment terms, legal mentions, VAT notices, terms of an offer). A title never
 * ends a page alone: it moves with its first paragraph.
 */
function drawTextSections(ctx, sections, options = {}) {
    const { doc } = ctx;
    const size = options.size ?? layout_js_1.SIZE.body - 0.3;
    for (const section of sections) {
        if (!section.paragraphs.length)
            continue;
        (0, layout_js_1.setFont)(doc, false, size);
        const first = doc.heightOfString(section.paragraphs[0], { width: layout_js_1.CONTENT_WIDTH, lineGap: LINE_GAP });
        const titleHeight = section.title ? 13 : 0;
        (0, layout_js_1.ensureSpace)(ctx, titleHeight + first);
        if (section.title) {
            (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.body, layout_js_1.COLORS.accent);
            doc.text(section.title, layout_js_1.CONTENT_LEFT, doc.y, { width: layout_js_1.CONTENT_WIDTH });
            doc.y += 2;
        }
        section.paragraphs.forEach((paragraph, i) => {
            (0, layout_js_1.setFont)(doc, false, size, layout_js_1.COLORS.text);
            const h = doc.heightOfString(paragraph, { width: layout_js_1.CONTENT_WIDTH, lineGap: LINE_GAP });
            if (i > 0)
                (0, layout_js_1.ensureSpace)(ctx, h);
            doc.text(paragraph, layout_js_1.CONTENT_LEFT, doc.y, { width: layout_js_1.CONTENT_WIDTH, lineGap: LINE_GAP });
            doc.y += 1.5;
        });
        doc.y += options.gapAfter ?? 7;
    }
    doc.x = layout_js_1.CONTENT_LEFT;
}
//# sourceMappingURL=text-sections.block.js.map