import type { TextSection } from '../view-models/view-model.types.js';
import { COLORS, CONTENT_LEFT, CONTENT_WIDTH, SIZE, ensureSpace, setFont, type RenderContext } from './layout.js';

const LINE_GAP = 1.2;

/**
 * Titled paragraphs (payment terms, legal mentions, VAT notices, terms of an offer). A title never
 * ends a page alone: it moves with its first paragraph.
 */
export function drawTextSections(ctx: RenderContext, sections: TextSection[], options: { size?: number; gapAfter?: number } = {}): void {
  const { doc } = ctx;
  const size = options.size ?? SIZE.body - 0.3;
  for (const section of sections) {
    if (!section.paragraphs.length) continue;
    setFont(doc, false, size);
    const first = doc.heightOfString(section.paragraphs[0], { width: CONTENT_WIDTH, lineGap: LINE_GAP });
    const titleHeight = section.title ? 13 : 0;
    ensureSpace(ctx, titleHeight + first);
    if (section.title) {
      setFont(doc, true, SIZE.body, COLORS.accent);
      doc.text(section.title, CONTENT_LEFT, doc.y, { width: CONTENT_WIDTH });
      doc.y += 2;
    }
    section.paragraphs.forEach((paragraph, i) => {
      setFont(doc, false, size, COLORS.text);
      const h = doc.heightOfString(paragraph, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
      if (i > 0) ensureSpace(ctx, h);
      doc.text(paragraph, CONTENT_LEFT, doc.y, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
      doc.y += 1.5;
    });
    doc.y += options.gapAfter ?? 7;
  }
  doc.x = CONTENT_LEFT;
}
