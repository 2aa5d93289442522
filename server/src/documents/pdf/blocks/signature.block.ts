import { COLORS, CONTENT_LEFT, CONTENT_WIDTH, SIZE, ensureSpace, setFont, type RenderContext } from './layout.js';

const PAD = 10;
const FIELD_HEIGHT = 21;
const SIGNATURE_SPACE = 34;
const RESERVATIONS_HEIGHT = 78;

/**
 * Signature area, kept on one page: "Bon pour accord" on quotes and order forms (intro on the left,
 * date / signatory / signature fields on the right), or the reception block of a delivery note
 * (fields on the left, a framed area for reservations on the right).
 */
export function drawSignature(ctx: RenderContext): void {
  const { doc, vm } = ctx;
  const signature = vm.signature;
  if (!signature) return;
  const half = (CONTENT_WIDTH - 3 * PAD) / 2;
  const withReservations = !!signature.reservations;

  setFont(doc, false, SIZE.small);
  const introWidth = withReservations ? CONTENT_WIDTH - 2 * PAD : half;
  const introHeight = doc.heightOfString(signature.intro, { width: introWidth, lineGap: 1 });
  const fieldsHeight = signature.fields.length * FIELD_HEIGHT + SIGNATURE_SPACE;
  const bodyHeight = withReservations ? introHeight + 8 + Math.max(fieldsHeight, RESERVATIONS_HEIGHT + 12) : Math.max(introHeight, fieldsHeight);
  const height = PAD + 14 + bodyHeight + PAD;
  ensureSpace(ctx, height + 4);

  const top = doc.y + 4;
  doc.roundedRect(CONTENT_LEFT, top, CONTENT_WIDTH, height, 4).lineWidth(0.9).strokeColor(COLORS.accent).stroke();
  setFont(doc, true, SIZE.name, COLORS.accent);
  doc.text(signature.title, CONTENT_LEFT + PAD, top + PAD, { width: CONTENT_WIDTH - 2 * PAD });
  const bodyTop = top + PAD + 16;

  setFont(doc, false, SIZE.small, COLORS.text);
  doc.text(signature.intro, CONTENT_LEFT + PAD, bodyTop, { width: introWidth, lineGap: 1 });

  const fieldsX = withReservations ? CONTENT_LEFT + PAD : CONTENT_LEFT + 2 * PAD + half;
  const fieldsTop = withReservations ? bodyTop + introHeight + 8 : bodyTop;
  signature.fields.forEach((field, i) => {
    const y = fieldsTop + i * FIELD_HEIGHT;
    setFont(doc, false, SIZE.body, COLORS.text);
    doc.text(field, fieldsX, y, { width: half });
    // The last field (signature) gets blank space, not a line.
    if (i === signature.fields.length - 1) return;
    const lineY = y + FIELD_HEIGHT - 6;
    const labelWidth = Math.min(doc.widthOfString(field) + 6, half - 40);
    doc
      .moveTo(fieldsX + labelWidth, lineY)
      .lineTo(fieldsX + half, lineY)
      .lineWidth(0.5)
      .dash(1.5, { space: 2 })
      .strokeColor(COLORS.muted)
      .stroke()
      .undash();
  });

  if (signature.reservations) {
    const rx = CONTENT_LEFT + 2 * PAD + half;
    setFont(doc, true, SIZE.body, COLORS.text);
    doc.text(signature.reservations, rx, fieldsTop, { width: half });
    doc.rect(rx, fieldsTop + 12, half, RESERVATIONS_HEIGHT).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  }
  doc.x = CONTENT_LEFT;
  doc.y = top + height + 10;
}
