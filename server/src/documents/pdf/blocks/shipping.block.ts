import { COLORS, CONTENT_LEFT, CONTENT_WIDTH, SIZE, ensureSpace, setFont, type RenderContext } from './layout.js';

const PAD = 8;

/** Delivery notes: carrier, parcels, gross weight, tracking number, Incoterm, side by side. */
export function drawShipping(ctx: RenderContext): void {
  const { doc, vm } = ctx;
  const shipping = vm.shipping;
  if (!shipping || !shipping.rows.length) return;
  const cellWidth = (CONTENT_WIDTH - 2 * PAD) / shipping.rows.length;
  setFont(doc, true, SIZE.body);
  const valueHeight = Math.max(...shipping.rows.map((r) => doc.heightOfString(r.value, { width: cellWidth - 6 })));
  const height = PAD + 12 + 10 + valueHeight + PAD;
  ensureSpace(ctx, height);
  const top = doc.y;
  doc.roundedRect(CONTENT_LEFT, top, CONTENT_WIDTH, height, 4).fillColor(COLORS.box).fill();
  setFont(doc, true, SIZE.body, COLORS.accent);
  doc.text(shipping.title, CONTENT_LEFT + PAD, top + PAD, { width: CONTENT_WIDTH - 2 * PAD });
  shipping.rows.forEach((row, i) => {
    const x = CONTENT_LEFT + PAD + i * cellWidth;
    setFont(doc, false, SIZE.small, COLORS.muted);
    doc.text(row.label, x, top + PAD + 13, { width: cellWidth - 6 });
    setFont(doc, true, SIZE.body, COLORS.text);
    doc.text(row.value, x, top + PAD + 23, { width: cellWidth - 6 });
  });
  doc.x = CONTENT_LEFT;
  doc.y = top + height + 12;
}
