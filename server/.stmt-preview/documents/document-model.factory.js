"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildDocumentModel = buildDocumentModel;
exports.sellerOf = sellerOf;
exports.buyerOf = buyerOf;
const typeorm_1 = require("typeorm");
const company_entity_js_1 = require("../company/company.entity.js");
const contact_entity_js_1 = require("../contacts/contact.entity.js");
const credit_note_entity_js_1 = require("../credit-notes/credit-note.entity.js");
const delivery_note_entity_js_1 = require("../delivery-notes/delivery-note.entity.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const order_progress_js_1 = require("../orders/order-progress.js");
const order_entity_js_1 = require("../orders/order.entity.js");
const product_entity_js_1 = require("../products/product.entity.js");
const quote_entity_js_1 = require("../quotes/quote.entity.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const quantity_js_1 = require("../common/quantity.js");
/**
 * Reads one document and everything it prints into a DocumentModel. Validated invoices and credit
 * notes print the parties as they were at validation (their snapshot), never today's tier.
 */
async function buildDocumentModel(em, resource, id) {
    const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
    switch (resource) {
        case 'quotes': {
            const quote = await em.findOneByOrFail(quote_entity_js_1.Quote, { id });
            const lines = await em.find(quote_entity_js_1.QuoteLine, { where: { quoteId: id }, order: { position: 'ASC' } });
            return {
                ...(await base(em, 'quote', quote, company, lines)),
                validUntil: quote.validUntil, promisedDeliveryDate: quote.promisedDeliveryDate,
                paymentTerms: quote.paymentTerms, paymentMethod: quote.paymentMethod,
            };
        }
        case 'orders': {
            const order = await em.findOneByOrFail(order_entity_js_1.Order, { id });
            const lines = await em.find(order_entity_js_1.OrderLine, { where: { orderId: id }, order: { position: 'ASC' } });
            const model = await base(em, 'order', order, company, lines);
            const quote = order.sourceQuoteId ? await em.findOneBy(quote_entity_js_1.Quote, { id: order.sourceQuoteId }) : null;
            return {
                ...model,
                deliveryAddress: differentAddress(model.buyer.address, orderAddress(order)),
                references: { quoteNumber: quote?.number ?? null, clientReference: order.clientReference },
                requestedDeliveryDate: order.requestedDeliveryDate,
                paymentTerms: order.paymentTerms, paymentMethod: order.paymentMethod,
            };
        }
        case 'delivery-notes': {
            const note = await em.findOneByOrFail(delivery_note_entity_js_1.DeliveryNote, { id });
            const order = await em.findOneByOrFail(order_entity_js_1.Order, { id: note.orderId });
            const noteLines = await em.find(delivery_note_entity_js_1.DeliveryNoteLine, { where: { deliveryNoteId: id }, order: { position: 'ASC' } });
            const progress = await (0, order_progress_js_1.orderProgress)(em, order.id);
            const client = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id: note.clientId });
            const buyer = buyerOf(client, await contactName(em, order.contactId));
            const lines = noteLines.map((l) => {
                const p = progress.find((x) => x.orderLineId === l.orderLineId);
                const deliveredIncludingThis = p ? (0, quantity_js_1.toMilli)(p.delivered) + (note.status === 'draft' ? (0, quantity_js_1.toMilli)(l.quantity) : 0) : (0, quantity_js_1.toMilli)(l.quantity);
                return {
                    reference: l.reference, label: l.label, unit: l.unit, quantity: l.quantity, unitPriceCents: 0, discountBp: 0, vatRateBp: 0, netCents: 0,
                    orderedQuantity: p?.ordered ?? l.quantity,
                    previouslyDeliveredQuantity: (0, quantity_js_1.fromMilli)(deliveredIncludingThis - (0, quantity_js_1.toMilli)(l.quantity)),
                    remainingQuantity: p ? (0, quantity_js_1.fromMilli)(Math.max(0, (0, quantity_js_1.toMilli)(p.ordered) - deliveredIncludingThis)) : 0,
                };
            });
            const quote = order.sourceQuoteId ? await em.findOneBy(quote_entity_js_1.Quote, { id: order.sourceQuoteId }) : null;
            return {
                kind: 'delivery-note', status: note.status, number: note.number, date: note.date, language: client.language,
                seller: sellerOf(company), buyer, deliveryAddress: differentAddress(buyer.address, { line1: note.deliveryLine1, line2: note.deliveryLine2, postcode: note.deliveryPostcode, city: note.deliveryCity, country: note.deliveryCountry }) ?? buyer.address,
                references: { orderNumber: order.number, quoteNumber: quote?.number ?? null, clientReference: order.clientReference },
                lines, vatRegime: order.vatRegime, natureOfOperations: await natureOf(em, noteLines),
                shipping: { carrier: note.carrier, parcels: note.parcels, weightGrams: note.weightGrams, trackingNumber: note.trackingNumber, incoterm: note.incoterm },
                notes: note.notes,
            };
        }
        case 'invoices': {
            const invoice = await em.findOneByOrFail(invoice_entity_js_1.Invoice, { id });
            const lines = await em.find(invoice_entity_js_1.InvoiceLine, { where: { invoiceId: id }, order: { position: 'ASC' } });
            const model = await base(em, invoice.type === 'deposit' ? 'deposit-invoice' : 'invoice', invoice, company, lines, invoice.partiesSnapshot);
            const order = invoice.orderId ? await em.findOneBy(order_entity_js_1.Order, { id: invoice.orderId }) : null;
            const notes = invoice.deliveryNoteIds.length ? await em.findBy(delivery_note_entity_js_1.DeliveryNote, { id: (0, typeorm_1.In)(invoice.deliveryNoteIds) }) : [];
            const deposits = invoice.depositInvoiceIds.length ? await em.findBy(invoice_entity_js_1.Invoice, { id: (0, typeorm_1.In)(invoice.depositInvoiceIds) }) : [];
            const quote = order?.sourceQuoteId ? await em.findOneBy(quote_entity_js_1.Quote, { id: order.sourceQuoteId }) : null;
            const nature = invoice.type === 'deposit' && order ? await natureOf(em, await em.findBy(order_entity_js_1.OrderLine, { orderId: order.id })) : model.natureOfOperations;
            return {
                ...model,
                natureOfOperations: nature,
                deliveryAddress: order ? differentAddress(model.buyer.address, orderAddress(order)) : null,
                references: {
                    quoteNumber: quote?.number ?? null, orderNumber: order?.number ?? null, clientReference: invoice.clientReference,
                    deliveryNoteNumbers: notes.map((n) => n.number).filter((n) => !!n),
                    deposits: deposits.map((d) => ({ number: d.number ?? '', date: d.date, netCents: d.netCents, vatCents: d.vatCents, grossCents: d.grossCents })),
                },
                dueDate: invoice.dueDate, deliveryDate: invoice.deliveryDate,
                paymentTerms: invoice.paymentTerms, paymentMethod: invoice.paymentMethod,
                depositDescription: invoice.type === 'deposit' ? lines[0]?.label ?? null : null,
            };
        }
        case 'credit-notes': {
            const note = await em.findOneByOrFail(credit_note_entity_js_1.CreditNote, { id });
            const lines = await em.find(credit_note_entity_js_1.CreditNoteLine, { where: { creditNoteId: id }, order: { position: 'ASC' } });
            const invoice = await em.findOneByOrFail(invoice_entity_js_1.Invoice, { id: note.invoiceId });
            const model = await base(em, 'credit-note', note, company, lines, note.partiesSnapshot ?? invoice.partiesSnapshot);
            return {
                ...model,
                references: { invoiceNumber: invoice.number, invoiceDate: invoice.date, clientReference: invoice.clientReference },
                paymentTerms: invoice.paymentTerms, paymentMethod: invoice.paymentMethod,
                dueDate: note.status === 'validated' ? note.date : null,
                reason: note.reason,
            };
        }
    }
}
function sellerOf(c) {
    return {
        name: c.name, legalForm: c.legalForm, capitalCents: c.capitalCents, siren: c.siren, siret: c.siret, rcsCity: c.rcsCity, vatNumber: c.vatNumber, nafCode: c.nafCode,
        address: { line1: c.addressLine1, line2: c.addressLine2, postcode: c.postcode, city: c.city, country: c.country },
        phone: c.phone, email: c.email, website: c.website, iban: c.iban, bic: c.bic, logoDataUrl: c.logo,
        latePenaltyRateBp: c.latePenaltyRateBp, latePenaltyWording: c.latePenaltyWording, recoveryIndemnityCents: c.recoveryIndemnityCents,
        earlyPaymentDiscount: c.earlyPaymentDiscount, documentFooterNote: c.documentFooterNote,
    };
}
function buyerOf(t, contact) {
    return {
        code: t.code, name: t.name, customerType: t.customerType, zone: t.zone, legalForm: t.legalForm, siren: t.siren, vatNumber: t.vatNumber,
        address: { line1: t.billingLine1, line2: t.billingLine2, postcode: t.billingPostcode, city: t.billingCity, country: t.billingCountry },
        email: t.email, contactName: contact,
    };
}
async function base(em, kind, doc, company, lines, snapshot) {
    const parties = snapshot ? JSON.parse(snapshot) : null;
    const client = parties?.buyer ?? (await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id: doc.clientId }));
    return {
        kind, status: doc.status, number: doc.number, date: doc.date, language: doc.language,
        seller: sellerOf(parties?.seller ?? company), buyer: buyerOf(client, await contactName(em, doc.contactId)),
        references: {}, lines: lines.map(lineModel), totals: totalsOf(doc, lines), vatRegime: doc.vatRegime,
        natureOfOperations: await natureOf(em, lines), notes: doc.notes,
    };
}
function lineModel(l) {
    return { reference: l.reference, label: l.label, unit: l.unit, quantity: l.quantity, unitPriceCents: l.unitPriceCents, discountBp: l.discountBp, vatRateBp: l.vatRateBp, netCents: l.netCents };
}
/** The stored totals (computed when the document was written), in the shape of computeTotals. */
function totalsOf(doc, lines) {
    const lineNets = lines.map((l) => l.netCents);
    return {
        lineNets, linesNetCents: lineNets.reduce((s, n) => s + n, 0),
        allowanceCents: doc.vatBreakdown.reduce((s, r) => s + r.allowanceCents, 0), chargeCents: doc.vatBreakdown.reduce((s, r) => s + r.chargeCents, 0),
        netCents: doc.netCents, vatCents: doc.vatCents, grossCents: doc.grossCents, vatBreakdown: doc.vatBreakdown,
    };
}
/** Goods, services or both, from the products on the lines (free lines count as services; deductions are ignored). */
async function natureOf(em, lines) {
    const ids = [...new Set(lines.map((l) => l.productId).filter((x) => !!x))];
    const products = ids.length ? await em.find(product_entity_js_1.Product, { where: { id: (0, typeorm_1.In)(ids) }, select: { id: true, type: true } }) : [];
    const kinds = new Set(lines.filter((l) => l.productId || l.quantity > 0).map((l) => products.find((p) => p.id === l.productId)?.type ?? 'service'));
    if (kinds.has('good') && kinds.has('service'))
        return 'mixed';
    return kinds.has('service') ? 'services' : 'goods';
}
async function contactName(em, contactId) {
    if (!contactId)
        return null;
    const c = await em.findOneBy(contact_entity_js_1.Contact, { id: contactId });
    return c ? [c.civility, c.firstName, c.lastName].filter(Boolean).join(' ') : null;
}
function orderAddress(o) {
    return o.deliveryLine1 ? { line1: o.deliveryLine1, line2: o.deliveryLine2, postcode: o.deliveryPostcode ?? '', city: o.deliveryCity ?? '', country: o.deliveryCountry ?? 'FR' } : null;
}
/** The delivery address when it differs from the billing address (legal-fr §1.3), else null. */
function differentAddress(billing, delivery) {
    if (!delivery)
        return null;
    const same = ['line1', 'postcode', 'city', 'country'].every((k) => (billing[k] ?? '').trim().toLowerCase() === (delivery[k] ?? '').trim().toLowerCase());
    return same ? null : delivery;
}
//# sourceMappingURL=document-model.factory.js.map