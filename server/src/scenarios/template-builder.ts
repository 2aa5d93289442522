import fs from 'node:fs';
import path from 'node:path';
import { EntityManager } from 'typeorm';
import { eurosToCents, percentToBp } from '../common/money/money.js';
import { fromMilli, toMilli } from '../common/quantity.js';
import { normalizeIban, normalizeSiren, normalizeSiret, normalizeVat, zoneOfCountry } from '../common/validation/identifiers.js';
import { Company } from '../company/company.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { CreditNote, CreditNoteLine } from '../credit-notes/credit-note.entity.js';
import { DeliveryNote, DeliveryNoteLine } from '../delivery-notes/delivery-note.entity.js';
import { DocumentSequence } from '../documents/numbering/document-sequence.entity.js';
import { Invoice, InvoiceLine } from '../invoices/invoice.entity.js';
import { Order, OrderLine } from '../orders/order.entity.js';
import { Quote, QuoteLine } from '../quotes/quote.entity.js';
import { ProductFamily } from '../products/product-family.entity.js';
import { Product } from '../products/product.entity.js';
import { removeSidecars, sandboxDataSource } from '../sandbox/sandbox-registry.service.js';
import { parseScenarioDateTime } from '../sandbox/scenario-clock.js';
import { SandboxInfo } from '../sandbox/sandbox-info.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { StockMovement } from '../stock-movements/stock-movement.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { HistoryPlan, OrderLineKey, planHistory, PlannedCreditNote, PlannedInvoice, PlannedLine, PlannedOrder, PlannedQuote } from './history-plan.js';
import { LoadedScenario } from './scenario-loader.js';
import { ScenarioDocument } from './scenario.schema.js';

const cents = (euros: number | undefined | null): number => eurosToCents(euros ?? 0);
const bp = percentToBp;
/** The fictive company's 'now' at the session start: the scenario date, 08:00 when no time is given. */
export function scenarioStartOf(doc: ScenarioDocument): string {
  const withTime = doc.scenarioDate.length === 10 ? `${doc.scenarioDate}T08:00:00` : doc.scenarioDate;
  return parseScenarioDateTime(withTime).toISOString().slice(0, 19);
}

/** The logo is stored in the sandbox itself (a data URL), so a sandbox file is self-contained. */
function logoDataUrl(file: string): string {
  const ext = path.extname(file).slice(1).toLowerCase();
  const type = ext === 'svg' ? 'image/svg+xml' : ext === 'png' ? 'image/png' : 'image/jpeg';
  return `data:${type};base64,${fs.readFileSync(file).toString('base64')}`;
}

const joinLines = (...lines: (string | undefined)[]): string | null => lines.filter(Boolean).join(', ') || null;

/**
 * Compiles a validated scenario into a sandbox template file: migrations, then every row of the
 * fictive company, in one transaction. Written to a temporary file and renamed when complete.
 */
export async function buildTemplate(scenario: LoadedScenario, target: string): Promise<void> {
  const tmp = `${target}.${process.pid}.building`;
  fs.rmSync(tmp, { force: true });
  removeSidecars(tmp);
  const ds = sandboxDataSource(tmp);
  await ds.initialize();
  try {
    await ds.transaction((em) => insertScenario(em, scenario));
    await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await ds.destroy();
  }
  removeSidecars(tmp);
  fs.renameSync(tmp, target);
}

async function insertScenario(em: EntityManager, scenario: LoadedScenario): Promise<void> {
  const doc: ScenarioDocument = scenario.document;
  const start = scenarioStartOf(doc);
  const c = doc.company;

  await em.insert(SandboxInfo, { id: 1, scenarioId: scenario.id, scenarioTitle: scenario.title, scenarioHash: scenario.hash, scenarioStartAt: start, builtAt: new Date().toISOString() });
  await em.insert(Company, {
    id: 1, name: c.name, legalForm: c.legalForm, capitalCents: cents(c.capital), siren: normalizeSiren(c.siren), siret: normalizeSiret(c.siret),
    rcsCity: c.rcsCity, vatNumber: normalizeVat(c.vatNumber), nafCode: c.nafCode, addressLine1: c.address.line1,
    addressLine2: joinLines(c.address.line2, c.address.line3), postcode: c.address.postcode, city: c.address.city, country: c.address.country,
    phone: c.phone, email: c.email, website: c.website ?? null, iban: normalizeIban(c.iban), bic: c.bic.toUpperCase(), logo: c.logo ? logoDataUrl(path.join(scenario.dir, c.logo)) : null,
    paymentTerms: doc.cgv.paymentTerms, latePenaltyRateBp: bp(doc.cgv.latePenaltyRate), latePenaltyWording: doc.cgv.latePenaltyWording,
    recoveryIndemnityCents: cents(doc.cgv.recoveryIndemnity), earlyPaymentDiscount: doc.cgv.earlyPaymentDiscount, discountPolicy: doc.cgv.discountPolicy,
    cgvText: doc.cgv.text ?? null, maxDiscountBp: bp(doc.delegation.maxDiscount), maxCreditNoteCents: cents(doc.delegation.maxCreditNote),
    maxCommercialGestureCents: cents(doc.delegation.maxCommercialGesture), creditOverrunPolicy: doc.delegation.creditOverrun,
    defaultLanguage: c.defaultLanguage, documentFooterNote: null,
  });

  const staffIds = new Map<string, number>();
  for (const s of doc.staff) {
    const row = em.create(Staff, { firstName: s.firstName, lastName: s.lastName, jobTitle: s.jobTitle, role: s.role, email: s.email ?? null, phone: s.phone ?? null });
    await em.insert(Staff, row);
    staffIds.set(s.key, row.id);
  }

  const familyIds = new Map<string, number>();
  for (const f of doc.families) {
    const row = em.create(ProductFamily, { code: f.code, name: f.name });
    await em.insert(ProductFamily, row);
    familyIds.set(f.code, row.id);
  }

  const tierIds = new Map<string, number>();
  const contacts: Partial<Contact>[] = [];
  for (const t of doc.thirdParties) {
    const created = t.clientSince ? `${t.clientSince}T09:00:00` : start;
    const d = t.deliveryAddress;
    const row = em.create(ThirdParty, {
      code: t.code, name: t.name, isClient: t.roles.includes('client'), isProspect: t.roles.includes('prospect'), isSupplier: t.roles.includes('supplier'),
      customerType: t.customerType, zone: zoneOfCountry(t.billingAddress.country), language: t.language, legalForm: t.legalForm ?? null,
      siren: t.siren ? normalizeSiren(t.siren) : null, siret: t.siret ? normalizeSiret(t.siret) : null, vatNumber: t.vatNumber ? normalizeVat(t.vatNumber) : null,
      email: t.email ?? null, phone: t.phone ?? null, website: t.website ?? null,
      billingLine1: t.billingAddress.line1, billingLine2: joinLines(t.billingAddress.line2, t.billingAddress.line3), billingPostcode: t.billingAddress.postcode,
      billingCity: t.billingAddress.city, billingCountry: t.billingAddress.country,
      deliveryLine1: d?.line1 ?? null, deliveryLine2: d ? joinLines(d.line2, d.line3) : null, deliveryPostcode: d?.postcode ?? null, deliveryCity: d?.city ?? null, deliveryCountry: d?.country ?? null,
      paymentTerms: t.paymentTerms ?? null, paymentMethod: t.paymentMethod ?? null, creditLimitCents: t.creditLimit === undefined ? null : cents(t.creditLimit),
      accountManagerId: t.accountManager ? staffIds.get(t.accountManager) ?? null : null,
      sector: t.sector ?? null, size: t.size ?? null, region: t.region ?? null, source: t.source ?? null, tags: t.tags ?? [],
      prospectStatus: t.prospectStatus ?? null, supplierLeadTimeDays: t.supplierLeadTimeDays ?? null, notes: t.notes ?? null,
      convertedAt: null, createdAt: created, updatedAt: created,
    });
    await em.insert(ThirdParty, row);
    tierIds.set(t.code, row.id);
    for (const k of t.contacts) {
      contacts.push({
        thirdPartyId: row.id, civility: k.civility ?? null, firstName: k.firstName, lastName: k.lastName, jobTitle: k.jobTitle ?? null,
        email: k.email?.toLowerCase() ?? null, phone: k.phone ?? null, mobile: k.mobile ?? null, preferredChannel: k.preferredChannel,
        accessibilityNeeds: k.accessibilityNeeds ?? null, marketingConsent: k.marketingConsent, consentDate: k.consentDate ?? null,
        consentSource: k.consentSource ?? null, isPrimary: k.isPrimary ?? false, notes: k.notes ?? null, createdAt: created, updatedAt: created,
      });
    }
  }
  for (let i = 0; i < contacts.length; i += 100) await em.insert(Contact, contacts.slice(i, i + 100));

  // The history is planned before the products: a product's opening movement is what is on hand at the
  // scenario date (openingStock) plus what the history took out since, dated before the first document.
  const { plan, issues } = planHistory(doc);
  if (issues.length) throw new Error(`history: ${issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
  const openingDate = `${plan.openingDay ?? start.slice(0, 10)}T00:00:00`;
  const productIds = new Map<string, number>();
  for (const p of doc.products) {
    const row = em.create(Product, {
      reference: p.reference, label: p.label, description: p.description ?? null, familyId: familyIds.get(p.family)!, type: p.type, unit: p.unit,
      salePriceCents: cents(p.salePrice), vatRateBp: bp(p.vatRate), purchasePriceCents: cents(p.purchasePrice),
      supplierId: p.supplier ? tierIds.get(p.supplier) ?? null : null, supplierReference: p.supplierReference ?? null,
      supplierLeadTimeDays: p.supplierLeadTimeDays ?? null, reorderPoint: p.reorderPoint ?? 0, reorderQuantity: p.reorderQuantity ?? 0,
      weightGrams: p.weightKg === undefined ? null : Math.round(p.weightKg * 1000), ecoInfo: p.ecoInfo ?? null, active: p.active ?? true,
      createdAt: start, updatedAt: start,
    });
    await em.insert(Product, row);
    productIds.set(p.reference, row.id);
    const openingMilli = toMilli(p.openingStock ?? 0) + (plan.netOutMilli.get(p.reference) ?? 0);
    if (p.type === 'good' && openingMilli > 0) {
      await em.insert(StockMovement, {
        productId: row.id, date: openingDate, type: 'opening', quantity: fromMilli(openingMilli), reason: "Stock d'ouverture (inventaire)",
        sourceType: 'scenario', sourceId: null, author: null, createdAt: new Date().toISOString(),
      });
    }
  }

  await insertHistory(em, plan, { tierIds, productIds });
}

/**
 * Writes the planned history as the services would have stored it: validated, numbered documents
 * with their lines and totals, links between them, invoices' parties snapshot, stock-out movements of
 * the deliveries (and returns of credit notes), and the document_sequence rows, so that the
 * candidate's next document of each type continues the series. Authors' `anomaly` notes stay out.
 */
async function insertHistory(em: EntityManager, plan: HistoryPlan, ids: { tierIds: Map<string, number>; productIds: Map<string, number> }): Promise<void> {
  const company = await em.findOneByOrFail(Company, { id: 1 });
  const tiers = new Map<string, ThirdParty>();
  const tier = async (code: string) => tiers.get(code) ?? tiers.set(code, await em.findOneByOrFail(ThirdParty, { id: ids.tierIds.get(code)! })).get(code)!;
  const productId = (ref: string | null) => (ref ? ids.productIds.get(ref) ?? null : null);
  const line = (l: PlannedLine) => ({
    position: l.position, productId: productId(l.productRef), reference: l.productRef, label: l.label, unit: l.unit, quantity: l.quantity,
    unitPriceCents: l.unitPriceCents, discountBp: l.discountBp, vatRateBp: l.vatRateBp, netCents: l.netCents,
  });
  const header = async (d: PlannedQuote | PlannedOrder | PlannedInvoice | PlannedCreditNote) => ({
    number: d.number, clientId: (await tier(d.client)).id, contactId: null, date: d.date, language: d.language, vatRegime: d.vatRegime,
    globalDiscountBp: 0, shippingCents: 0, shippingVatRateBp: 2000, netCents: d.totals.netCents, vatCents: d.totals.vatCents, grossCents: d.totals.grossCents,
    vatBreakdown: d.totals.vatBreakdown, notes: d.notes, validatedAt: d.at, createdAt: d.at,
  });
  const snapshot = async (code: string) => JSON.stringify({ seller: company, buyer: await tier(code) });

  const quoteIds = new Map<number, number>();
  for (const q of plan.quotes) {
    const row = em.create(Quote, {
      ...(await header(q)), updatedAt: q.decidedAt ?? q.sentAt ?? q.at, status: q.status, validUntil: q.validUntil, paymentTerms: q.paymentTerms,
      paymentMethod: q.paymentMethod, promisedDeliveryDate: null, cgvReference: `CGV ${company.name}`, sentAt: q.sentAt, decidedAt: q.decidedAt, duplicatedFromId: null,
    });
    await em.insert(Quote, row);
    quoteIds.set(q.index, row.id);
    await em.insert(QuoteLine, q.lines.map((l) => ({ ...line(l), quoteId: row.id })));
  }

  const orderIds = new Map<number, number>();
  const orderLineIds = new Map<string, number>();
  const orders = new Map<number, Order>();
  for (const o of plan.orders) {
    const client = await tier(o.client);
    const row = em.create(Order, {
      ...(await header(o)), updatedAt: o.updatedAt, status: o.status, sourceQuoteId: o.quoteIndex === null ? null : quoteIds.get(o.quoteIndex)!,
      clientReference: o.clientReference, requestedDeliveryDate: o.requestedDeliveryDate, paymentTerms: o.paymentTerms, paymentMethod: o.paymentMethod,
      // As OrdersService.fill: the client's delivery address, or its billing address.
      deliveryLine1: client.deliveryLine1 ?? client.billingLine1, deliveryLine2: client.deliveryLine1 ? client.deliveryLine2 : client.billingLine2,
      deliveryPostcode: client.deliveryPostcode ?? client.billingPostcode, deliveryCity: client.deliveryCity ?? client.billingCity,
      deliveryCountry: client.deliveryCountry ?? client.billingCountry, cancelledAt: o.cancelledAt,
    });
    await em.insert(Order, row);
    orderIds.set(o.index, row.id);
    orders.set(o.index, row);
    for (const l of o.lines) {
      const lineRow = em.create(OrderLine, { ...line(l), orderId: row.id });
      await em.insert(OrderLine, lineRow);
      orderLineIds.set(`${o.index}:${l.position}`, lineRow.id);
    }
  }
  const orderLineId = (key: OrderLineKey | null) => (key ? orderLineIds.get(`${key.orderIndex}:${key.position}`)! : null);

  const noteIds = new Map<number, number>();
  const noteLineIds = new Map<string, number>();
  for (const n of plan.deliveryNotes) {
    const order = orders.get(n.orderIndex)!;
    const row = em.create(DeliveryNote, {
      number: n.number, status: 'validated', orderId: order.id, clientId: order.clientId, date: n.date, carrier: n.carrier, parcels: null, weightGrams: null,
      trackingNumber: null, incoterm: n.incoterm, deliveryLine1: order.deliveryLine1 ?? '', deliveryLine2: order.deliveryLine2, deliveryPostcode: order.deliveryPostcode ?? '',
      deliveryCity: order.deliveryCity ?? '', deliveryCountry: order.deliveryCountry ?? 'FR', notes: n.notes, validatedAt: n.at, createdAt: n.at, updatedAt: n.at,
    });
    await em.insert(DeliveryNote, row);
    noteIds.set(n.index, row.id);
    for (const l of n.lines) {
      const lineRow = em.create(DeliveryNoteLine, {
        deliveryNoteId: row.id, orderLineId: orderLineId(l.orderLine)!, position: l.position, productId: productId(l.productRef), reference: l.productRef,
        label: l.label, unit: l.unit, quantity: l.quantity,
      });
      await em.insert(DeliveryNoteLine, lineRow);
      noteLineIds.set(`${n.index}:${l.position}`, lineRow.id);
    }
  }

  const invoiceIds = new Map<number, number>();
  const invoiceLineIds = new Map<string, number>();
  for (const f of plan.invoices) {
    const row = em.create(Invoice, {
      ...(await header(f)), updatedAt: f.at, type: f.type, status: 'validated', orderId: f.orderIndex === null ? null : orderIds.get(f.orderIndex)!,
      deliveryNoteIds: f.deliveryNoteIndexes.map((k) => noteIds.get(k)!), depositInvoiceIds: f.depositInvoiceIndexes.map((k) => invoiceIds.get(k)!),
      depositBp: f.depositBp, clientReference: f.clientReference, paymentTerms: f.paymentTerms, paymentMethod: f.paymentMethod, dueDate: f.dueDate,
      deliveryDate: f.deliveryDate, partiesSnapshot: await snapshot(f.client),
    });
    await em.insert(Invoice, row);
    invoiceIds.set(f.index, row.id);
    for (const l of f.lines) {
      const lineRow = em.create(InvoiceLine, {
        ...line(l), invoiceId: row.id, orderLineId: orderLineId(l.orderLine),
        deliveryNoteLineId: l.deliveryNoteLine ? noteLineIds.get(`${l.deliveryNoteLine.noteIndex}:${l.deliveryNoteLine.position}`)! : null,
      });
      await em.insert(InvoiceLine, lineRow);
      invoiceLineIds.set(`${f.index}:${l.position}`, lineRow.id);
    }
  }

  const creditIds = new Map<number, number>();
  for (const c of plan.creditNotes) {
    const row = em.create(CreditNote, {
      ...(await header(c)), updatedAt: c.at, status: 'validated', invoiceId: invoiceIds.get(c.invoiceIndex)!, reason: c.reason, restock: c.restock,
      partiesSnapshot: await snapshot(c.client),
    });
    await em.insert(CreditNote, row);
    creditIds.set(c.index, row.id);
    await em.insert(CreditNoteLine, c.lines.map((l) => ({ ...line(l), creditNoteId: row.id, invoiceLineId: l.invoiceLine === null ? null : invoiceLineIds.get(`${c.invoiceIndex}:${l.invoiceLine}`)! })));
  }

  for (const m of plan.movements) {
    await em.insert(StockMovement, {
      productId: ids.productIds.get(m.productRef)!, date: m.at, type: m.type, quantity: m.quantity, reason: m.reason, sourceType: m.sourceType,
      sourceId: m.sourceType === 'delivery-note' ? noteIds.get(m.sourceIndex)! : creditIds.get(m.sourceIndex)!, author: null, createdAt: new Date().toISOString(),
    });
  }

  if (plan.sequences.length) await em.insert(DocumentSequence, plan.sequences);
}
