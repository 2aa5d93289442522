import { COLORS, PAGE, setFont, type RenderContext } from './layout.js';

/** "BROUILLON" / "DRAFT" across every page of an unnumbered document. */
export function drawDraftWatermark(ctx: RenderContext): void {
  const { doc, vm } = ctx;
  if (!vm.watermark) return;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.save();
    setFont(doc, true, 88, COLORS.watermark);
    const width = doc.widthOfString(vm.watermark);
    const cx = PAGE.width / 2;
    const cy = PAGE.height / 2;
    doc.rotate(-38, { origin: [cx, cy] });
    doc.fillOpacity(0.22);
    doc.text(vm.watermark, cx - width / 2, cy - 44, { lineBreak: false });
    doc.restore();
    doc.page.margins.bottom = margin;
  }
}
