import { EntityManager, In } from 'typeorm';
import { Company } from '../company/company.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { CreditNote, CreditNoteLine } from '../credit-notes/credit-note.entity.js';
import { DeliveryNote, DeliveryNoteLine } from '../delivery-notes/delivery-note.entity.js';
import { Invoice, InvoiceLine } from '../invoices/invoice.entity.js';
import { orderProgress } from '../orders/order-progress.js';
import { Order, OrderLine } from '../orders/order.entity.js';
import { Product } from '../products/product.entity.js';
import { Quote, QuoteLine } from '../quotes/quote.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { fromMilli, toMilli } from '../common/quantity.js';
import { DocumentColumns } from './document.columns.js';
import { AddressModel, BuyerModel, DocumentKind, DocumentLineModel, DocumentModel, SellerModel } from './document-model.js';
import { Totals } from './lines/compute-totals.js';
import { DocumentLineColumns } from './lines/document-line.columns.js';

export type DocumentResource = 'quotes' | 'orders' | 'delivery-notes' | 'invoices' | 'credit-notes';

/**
 * Reads one document and everything it prints into a DocumentModel. Validated invoices and credit
 * notes print the parties as they were at validation (their snapshot), never today's tier.
 */
export async function buildDocumentModel(em: EntityManager, resource: DocumentResource, id: number): Promise<DocumentModel> {
  const company = await em.findOneByOrFail(Company, { id: 1 });
  switch (resource) {
    case 'quotes': {
      const quote = await em.findOneByOrFail(Quote, { id });
      const lines = await em.find(QuoteLine, { where: { quoteId: id }, order: { position: 'ASC' } });
      return {
        ...(await base(em, 'quote', quote, company, lines)),
        validUntil: quote.validUntil, promisedDeliveryDate: quote.promisedDeliveryDate,
        paymentTerms: quote.paymentTerms as DocumentModel['paymentTerms'], paymentMethod: quote.paymentMethod as DocumentModel['paymentMethod'],
      };
    }
    case 'orders': {
      const order = await em.findOneByOrFail(Order, { id });
      const lines = await em.find(OrderLine, { where: { orderId: id }, order: { position: 'ASC' } });
      const model = await base(em, 'order', order, company, lines);
      const quote = order.sourceQuoteId ? await em.findOneBy(Quote, { id: order.sourceQuoteId }) : null;
      return {
        ...model,
        deliveryAddress: differentAddress(model.buyer.address, orderAddress(order)),
        references: { quoteNumber: quote?.number ?? null, clientReference: order.clientReference },
        requestedDeliveryDate: order.requestedDeliveryDate,
        paymentTerms: order.paymentTerms as DocumentModel['paymentTerms'], paymentMethod: order.paymentMethod as DocumentModel['paymentMethod'],
      };
    }
    case 'delivery-notes': {
      const note = await em.findOneByOrFail(DeliveryNote, { id });
      const order = await em.findOneByOrFail(Order, { id: note.orderId });
      const noteLines = await em.find(DeliveryNoteLine, { where: { deliveryNoteId: id }, order: { position: 'ASC' } });
      const progress = await orderProgress(em, order.id);
      const client = await em.findOneByOrFail(ThirdParty, { id: note.clientId });
      const buyer = buyerOf(client, await contactName(em, order.contactId));
      const lines: DocumentLineModel[] = noteLines.map((l) => {
        const p = progress.find((x) => x.orderLineId === l.orderLineId);
        const deliveredIncludingThis = p ? toMilli(p.delivered) + (note.status === 'draft' ? toMilli(l.quantity) : 0) : toMilli(l.quantity);
        return {
          reference: l.reference, label: l.label, unit: l.unit, quantity: l.quantity, unitPriceCents: 0, discountBp: 0, vatRateBp: 0, netCents: 0,
          orderedQuantity: p?.ordered ?? l.quantity,
          previouslyDeliveredQuantity: fromMilli(deliveredIncludingThis - toMilli(l.quantity)),
          remainingQuantity: p ? fromMilli(Math.max(0, toMilli(p.ordered) - deliveredIncludingThis)) : 0,
        };
      });
      const quote = order.sourceQuoteId ? await em.findOneBy(Quote, { id: order.sourceQuoteId }) : null;
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
      const invoice = await em.findOneByOrFail(Invoice, { id });
      const lines = await em.find(InvoiceLine, { where: { invoiceId: id }, order: { position: 'ASC' } });
      const model = await base(em, invoice.type === 'deposit' ? 'deposit-invoice' : 'invoice', invoice, company, lines, invoice.partiesSnapshot);
      const order = invoice.orderId ? await em.findOneBy(Order, { id: invoice.orderId }) : null;
      const notes = invoice.deliveryNoteIds.length ? await em.findBy(DeliveryNote, { id: In(invoice.deliveryNoteIds) }) : [];
      const deposits = invoice.depositInvoiceIds.length ? await em.findBy(Invoice, { id: In(invoice.depositInvoiceIds) }) : [];
      const quote = order?.sourceQuoteId ? await em.findOneBy(Quote, { id: order.sourceQuoteId }) : null;
      const nature = invoice.type === 'deposit' && order ? await natureOf(em, await em.findBy(OrderLine, { orderId: order.id })) : model.natureOfOperations;
      return {
        ...model,
        natureOfOperations: nature,
        deliveryAddress: order ? differentAddress(model.buyer.address, orderAddress(order)) : null,
        references: {
          quoteNumber: quote?.number ?? null, orderNumber: order?.number ?? null, clientReference: invoice.clientReference,
          deliveryNoteNumbers: notes.map((n) => n.number).filter((n): n is string => !!n),
          deposits: deposits.map((d) => ({ number: d.number ?? '', date: d.date, netCents: d.netCents, vatCents: d.vatCents, grossCents: d.grossCents })),
        },
        dueDate: invoice.dueDate, deliveryDate: invoice.deliveryDate,
        paymentTerms: invoice.paymentTerms as DocumentModel['paymentTerms'], paymentMethod: invoice.paymentMethod as DocumentModel['paymentMethod'],
        depositDescription: invoice.type === 'deposit' ? lines[0]?.label ?? null : null,
      };
    }
    case 'credit-notes': {
      const note = await em.findOneByOrFail(CreditNote, { id });
      const lines = await em.find(CreditNoteLine, { where: { creditNoteId: id }, order: { position: 'ASC' } });
      const invoice = await em.findOneByOrFail(Invoice, { id: note.invoiceId });
      const model = await base(em, 'credit-note', note, company, lines, note.partiesSnapshot ?? invoice.partiesSnapshot);
      return {
        ...model,
        references: { invoiceNumber: invoice.number, invoiceDate: invoice.date, clientReference: invoice.clientReference },
        paymentTerms: invoice.paymentTerms as DocumentModel['paymentTerms'], paymentMethod: invoice.paymentMethod as DocumentModel['paymentMethod'],
        dueDate: note.status === 'validated' ? note.date : null,
        reason: note.reason,
      };
    }
  }
}

export function sellerOf(c: Company): SellerModel {
  return {
    name: c.name, legalForm: c.legalForm, capitalCents: c.capitalCents, siren: c.siren, siret: c.siret, rcsCity: c.rcsCity, vatNumber: c.vatNumber, nafCode: c.nafCode,
    address: { line1: c.addressLine1, line2: c.addressLine2, postcode: c.postcode, city: c.city, country: c.country },
    phone: c.phone, email: c.email, website: c.website, iban: c.iban, bic: c.bic, logoDataUrl: c.logo,
    latePenaltyRateBp: c.latePenaltyRateBp, latePenaltyWording: c.latePenaltyWording, recoveryIndemnityCents: c.recoveryIndemnityCents,
    earlyPaymentDiscount: c.earlyPaymentDiscount, documentFooterNote: c.documentFooterNote,
  };
}

export function buyerOf(t: ThirdParty, contact: string | null): BuyerModel {
  return {
    code: t.code, name: t.name, customerType: t.customerType, zone: t.zone, legalForm: t.legalForm, siren: t.siren, vatNumber: t.vatNumber,
    address: { line1: t.billingLine1, line2: t.billingLine2, postcode: t.billingPostcode, city: t.billingCity, country: t.billingCountry },
    email: t.email, contactName: contact,
  };
}

async function base(em: EntityManager, kind: DocumentKind, doc: DocumentColumns & { status: string }, company: Company, lines: DocumentLineColumns[], snapshot?: string | null) {
  const parties = snapshot ? (JSON.parse(snapshot) as { seller: Company; buyer: ThirdParty }) : null;
  const client = parties?.buyer ?? (await em.findOneByOrFail(ThirdParty, { id: doc.clientId }));
  return {
    kind, status: doc.status, number: doc.number, date: doc.date, language: doc.language,
    seller: sellerOf(parties?.seller ?? company), buyer: buyerOf(client, await contactName(em, doc.contactId)),
    references: {}, lines: lines.map(lineModel), totals: totalsOf(doc, lines), vatRegime: doc.vatRegime,
    natureOfOperations: await natureOf(em, lines), notes: doc.notes,
  } satisfies Partial<DocumentModel> as DocumentModel;
}

function lineModel(l: DocumentLineColumns): DocumentLineModel {
  return { reference: l.reference, label: l.label, unit: l.unit, quantity: l.quantity, unitPriceCents: l.unitPriceCents, discountBp: l.discountBp, vatRateBp: l.vatRateBp, netCents: l.netCents };
}

/** The stored totals (computed when the document was written), in the shape of computeTotals. */
function totalsOf(doc: DocumentColumns, lines: DocumentLineColumns[]): Totals {
  const lineNets = lines.map((l) => l.netCents);
  return {
    lineNets, linesNetCents: lineNets.reduce((s, n) => s + n, 0),
    allowanceCents: doc.vatBreakdown.reduce((s, r) => s + r.allowanceCents, 0), chargeCents: doc.vatBreakdown.reduce((s, r) => s + r.chargeCents, 0),
    netCents: doc.netCents, vatCents: doc.vatCents, grossCents: doc.grossCents, vatBreakdown: doc.vatBreakdown,
  };
}

/** Goods, services or both, from the products on the lines (free lines count as services; deductions are ignored). */
async function natureOf(em: EntityManager, lines: { productId: number | null; quantity: number }[]): Promise<DocumentModel['natureOfOperations']> {
  const ids = [...new Set(lines.map((l) => l.productId).filter((x): x is number => !!x))];
  const products = ids.length ? await em.find(Product, { where: { id: In(ids) }, select: { id: true, type: true } }) : [];
  const kinds = new Set(lines.filter((l) => l.productId || l.quantity > 0).map((l) => products.find((p) => p.id === l.productId)?.type ?? 'service'));
  if (kinds.has('good') && kinds.has('service')) return 'mixed';
  return kinds.has('service') ? 'services' : 'goods';
}

async function contactName(em: EntityManager, contactId: number | null): Promise<string | null> {
  if (!contactId) return null;
  const c = await em.findOneBy(Contact, { id: contactId });
  return c ? [c.civility, c.firstName, c.lastName].filter(Boolean).join(' ') : null;
}

function orderAddress(o: Order): AddressModel | null {
  return o.deliveryLine1 ? { line1: o.deliveryLine1, line2: o.deliveryLine2, postcode: o.deliveryPostcode ?? '', city: o.deliveryCity ?? '', country: o.deliveryCountry ?? 'FR' } : null;
}

/** The delivery address when it differs from the billing address (legal-fr §1.3), else null. */
function differentAddress(billing: AddressModel, delivery: AddressModel | null): AddressModel | null {
  if (!delivery) return null;
  const same = (['line1', 'postcode', 'city', 'country'] as const).every((k) => (billing[k] ?? '').trim().toLowerCase() === (delivery[k] ?? '').trim().toLowerCase());
  return same ? null : delivery;
}
