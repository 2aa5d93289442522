"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PREFIXES = void 0;
exports.formatNumber = formatNumber;
exports.nextNumber = nextNumber;
const document_sequence_entity_js_1 = require("./document-sequence.entity.js");
exports.PREFIXES = {
    quote: 'DEV',
    order: 'CMD',
    'delivery-note': 'BL',
    invoice: 'FA',
    'credit-note': 'AV',
};
function formatNumber(type, year, value) {
    return `${exports.PREFIXES[type]}-${year}-${String(value).padStart(4, '0')}`;
}
/**
 * The next number of a type for the year of `date`, inside the caller's write transaction: the
 * sandbox queue serialises writers, and the increment and the document's validation commit together,
 * so the sequence is gapless. Invoices and deposit invoices share the FA series (legal-fr §1.4).
 */
async function nextNumber(em, type, date) {
    const year = Number(date.slice(0, 4));
    const row = await em.findOneBy(document_sequence_entity_js_1.DocumentSequence, { type, year });
    const value = (row?.lastValue ?? 0) + 1;
    if (row)
        await em.update(document_sequence_entity_js_1.DocumentSequence, { type, year }, { lastValue: value });
    else
        await em.insert(document_sequence_entity_js_1.DocumentSequence, { type, year, lastValue: value });
    return formatNumber(type, year, value);
}
//# sourceMappingURL=document-numbering.js.map