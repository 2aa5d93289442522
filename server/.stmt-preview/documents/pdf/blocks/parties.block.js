"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.drawParties = drawParties;
const layout_js_1 = require("./layout.js");
const BOX_WIDTH = 250;
const PAD = 9;
/**
 * Parties: the first one (client, or "livrer à" on a delivery note) on the right, where a window
 * envelope shows it; the second one (delivery or billing address) on the left. Both boxes get the
 * same height.
 */
function drawParties(ctx) {
    const { doc, vm } = ctx;
    if (!vm.parties.length)
        return;
    const top = doc.y;
    const [first, second] = vm.parties;
    const slots = [{ party: first, x: layout_js_1.CONTENT_RIGHT - BOX_WIDTH }];
    if (second)
        slots.push({ party: second, x: layout_js_1.CONTENT_LEFT });
    const height = Math.max(...slots.map((s) => partyHeight(doc, s.party)));
    for (const { party, x } of slots)
        drawParty(doc, party, x, top, height, party === first);
    doc.x = layout_js_1.CONTENT_LEFT;
    doc.y = top + height + 14;
}
function partyHeight(doc, party) {
    const width = BOX_WIDTH - 2 * PAD;
    let h = PAD + 11;
    party.lines.forEach((line, i) => {
        (0, layout_js_1.setFont)(doc, i === 0, i === 0 ? layout_js_1.SIZE.name : layout_js_1.SIZE.body);
        h += doc.heightOfString(line, { width }) + (i === 0 ? 2 : 0.5);
    });
    return h + PAD - 2;
}
function drawParty(doc, party, x, top, height, primary) {
    const width = BOX_WIDTH - 2 * PAD;
    if (primary) {
        doc.roundedRect(x, top, BOX_WIDTH, height, 4).lineWidth(0.8).strokeColor(layout_js_1.COLORS.rule).stroke();
    }
    else {
        doc.roundedRect(x, top, BOX_WIDTH, height, 4).fillColor(layout_js_1.COLORS.box).fill();
    }
    (0, layout_js_1.setFont)(doc, true, layout_js_1.SIZE.small - 0.5, layout_js_1.COLORS.muted);
    doc.text(party.title.toUpperCase(), x + PAD, top + PAD - 1, { width, characterSpacing: 0.6 });
    let y = top + PAD + 11;
    party.lines.forEach((line, i) => {
        (0, layout_js_1.setFont)(doc, i === 0, i === 0 ? layout_js_1.SIZE.name : layout_js_1.SIZE.body, layout_js_1.COLORS.text);
        doc.text(line, x + PAD, y, { width });
        y = doc.y + (i === 0 ? 2 : 0.5);
    });
}
//# sourceMappingURL=parties.block.js.map