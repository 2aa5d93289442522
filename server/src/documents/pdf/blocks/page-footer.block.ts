import { fillPlaceholders } from '../document-texts.js';
import { COLORS, CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, FOOTER_HEIGHT, PAGE, SIZE, setFont, type RenderContext } from './layout.js';

const PAGE_LABEL_WIDTH = 62;

/**
 * Legal footer of every page (R123-237 identity of the seller) and "Page x / n". Drawn once all
 * pages exist (bufferPages), with the bottom margin lifted so that pdfkit does not open a new page.
 */
export function drawPageFooters(ctx: RenderContext): void {
  const { doc, vm } = ctx;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const top = PAGE.height - PAGE.margin - FOOTER_HEIGHT + 8;
    doc.moveTo(CONTENT_LEFT, top).lineTo(CONTENT_RIGHT, top).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    setFont(doc, false, SIZE.footer, COLORS.muted);
    doc.text(vm.footer.join('\n'), CONTENT_LEFT, top + 5, { width: CONTENT_WIDTH - PAGE_LABEL_WIDTH - 10, lineGap: 0.6 });
    setFont(doc, true, SIZE.small, COLORS.text);
    const label = fillPlaceholders(vm.pageLabel, { page: i - range.start + 1, pages: range.count });
    doc.text(label, CONTENT_RIGHT - PAGE_LABEL_WIDTH, top + 5, { width: PAGE_LABEL_WIDTH, align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}
