import type { PartyViewModel } from '../view-models/view-model.types.js';
import { COLORS, CONTENT_LEFT, CONTENT_RIGHT, SIZE, setFont, type RenderContext } from './layout.js';

const BOX_WIDTH = 250;
const PAD = 9;

/**
 * Parties: the first one (client, or "livrer à" on a delivery note) on the right, where a window
 * envelope shows it; the second one (delivery or billing address) on the left. Both boxes get the
 * same height.
 */
export function drawParties(ctx: RenderContext): void {
  const { doc, vm } = ctx;
  if (!vm.parties.length) return;
  const top = doc.y;
  const [first, second] = vm.parties;
  const slots: Array<{ party: PartyViewModel; x: number }> = [{ party: first, x: CONTENT_RIGHT - BOX_WIDTH }];
  if (second) slots.push({ party: second, x: CONTENT_LEFT });
  const height = Math.max(...slots.map((s) => partyHeight(doc, s.party)));
  for (const { party, x } of slots) drawParty(doc, party, x, top, height, party === first);
  doc.x = CONTENT_LEFT;
  doc.y = top + height + 14;
}

function partyHeight(doc: PDFKit.PDFDocument, party: PartyViewModel): number {
  const width = BOX_WIDTH - 2 * PAD;
  let h = PAD + 11;
  party.lines.forEach((line, i) => {
    setFont(doc, i === 0, i === 0 ? SIZE.name : SIZE.body);
    h += doc.heightOfString(line, { width }) + (i === 0 ? 2 : 0.5);
  });
  return h + PAD - 2;
}

function drawParty(doc: PDFKit.PDFDocument, party: PartyViewModel, x: number, top: number, height: number, primary: boolean): void {
  const width = BOX_WIDTH - 2 * PAD;
  if (primary) {
    doc.roundedRect(x, top, BOX_WIDTH, height, 4).lineWidth(0.8).strokeColor(COLORS.rule).stroke();
  } else {
    doc.roundedRect(x, top, BOX_WIDTH, height, 4).fillColor(COLORS.box).fill();
  }
  setFont(doc, true, SIZE.small - 0.5, COLORS.muted);
  doc.text(party.title.toUpperCase(), x + PAD, top + PAD - 1, { width, characterSpacing: 0.6 });
  let y = top + PAD + 11;
  party.lines.forEach((line, i) => {
    setFont(doc, i === 0, i === 0 ? SIZE.name : SIZE.body, COLORS.text);
    doc.text(line, x + PAD, y, { width });
    y = doc.y + (i === 0 ? 2 : 0.5);
  });
}
