"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DOCUMENT_TABLES = void 0;
exports.writeLines = writeLines;
exports.removeDraft = removeDraft;
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const credit_note_entity_js_1 = require("../credit-notes/credit-note.entity.js");
const delivery_note_entity_js_1 = require("../delivery-notes/delivery-note.entity.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const order_entity_js_1 = require("../orders/order.entity.js");
const quote_entity_js_1 = require("../quotes/quote.entity.js");
exports.DOCUMENT_TABLES = {
    quotes: { resource: 'quotes', document: quote_entity_js_1.Quote, lines: quote_entity_js_1.QuoteLine, key: 'quoteId', draftLabel: 'Devis brouillon', notDraft: 'DOCUMENT_NOT_DRAFT' },
    orders: { resource: 'orders', document: order_entity_js_1.Order, lines: order_entity_js_1.OrderLine, key: 'orderId', draftLabel: 'Commande brouillon', notDraft: 'DOCUMENT_NOT_DRAFT' },
    'delivery-notes': { resource: 'delivery-notes', document: delivery_note_entity_js_1.DeliveryNote, lines: delivery_note_entity_js_1.DeliveryNoteLine, key: 'deliveryNoteId', draftLabel: 'BL brouillon', notDraft: 'DOCUMENT_NOT_DRAFT' },
    invoices: { resource: 'invoices', document: invoice_entity_js_1.Invoice, lines: invoice_entity_js_1.InvoiceLine, key: 'invoiceId', draftLabel: 'Facture brouillon', notDraft: 'INVOICE_FROZEN' },
    'credit-notes': { resource: 'credit-notes', document: credit_note_entity_js_1.CreditNote, lines: credit_note_entity_js_1.CreditNoteLine, key: 'creditNoteId', draftLabel: 'Avoir brouillon', notDraft: 'DOCUMENT_NOT_DRAFT' },
};
/** Inserts the lines of document `id` (after removing the previous ones when `replace`). */
async function writeLines(em, table, id, lines, { replace = false } = {}) {
    if (replace)
        await em.delete(table.lines, { [table.key]: id });
    if (lines.length)
        await em.insert(table.lines, lines.map((l) => ({ ...l, [table.key]: id })));
}
/** Deletes a draft and its lines, journaled; anything validated is refused and kept. */
async function removeDraft(em, ctx, journal, table, id) {
    const doc = await em.findOneByOrFail(table.document, { id });
    if (doc.status !== 'draft')
        throw new domain_exception_js_1.DomainException(table.notDraft);
    await em.delete(table.lines, { [table.key]: id });
    await em.delete(table.document, { id });
    await journal.record(em, ctx, { resource: table.resource, recordId: id, action: 'delete', label: `${table.draftLabel} supprimé(e)`, before: doc });
    return { id };
}
//# sourceMappingURL=document-tables.js.map