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
import { Interaction } from '../interactions/interaction.entity.js';
import { Message } from '../messages/message.entity.js';
import { Payment, PaymentAllocation } from '../payments/payment.entity.js';
import { Reminder, ReminderInvoice } from '../reminders/reminder.entity.js';
import { HistoryPlan, OrderLineKey, planHistory, PlannedCreditNote, PlannedInvoice, PlannedLine, PlannedOrder, PlannedQuote, PlannedReminder, recoveryOf } from './history-plan.js';
import { LoadedScenario } from './scenario-loader.js';
import { parseInboxOffset, ScenarioDocument } from './scenario.schema.js';

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
  const recovery = recoveryOf(doc);

  await em.insert(SandboxInfo, {
    id: 1, scenarioId: scenario.id, scenarioTitle: scenario.title, scenarioHash: scenario.hash, scenarioStartAt: start, builtAt: new Date().toISOString(),
    instructions: doc.instructions ?? null,
  });
  await em.insert(Company, {
    id: 1, name: c.name, legalForm: c.legalForm, capitalCents: cents(c.capital), siren: normalizeSiren(c.siren), siret: normalizeSiret(c.siret),
    rcsCity: c.rcsCity, vatNumber: normalizeVat(c.vatNumber), nafCode: c.nafCode, addressLine1: c.address.line1,
    addressLine2: joinLines(c.address.line2, c.address.line3), postcode: c.address.postcode, city: c.address.city, country: c.address.country,
    phone: c.phone, email: c.email, website: c.website ?? null, iban: normalizeIban(c.iban), bic: c.bic.toUpperCase(), logo: c.logo ? logoDataUrl(path.join(scenario.dir, c.logo)) : null,
    paymentTerms: doc.cgv.paymentTerms, latePenaltyRateBp: bp(doc.cgv.latePenaltyRate), latePenaltyWording: doc.cgv.latePenaltyWording,
    recoveryIndemnityCents: cents(doc.cgv.recoveryIndemnity), earlyPaymentDiscount: doc.cgv.earlyPaymentDiscount, discountPolicy: doc.cgv.discountPolicy,
    cgvText: doc.cgv.text ?? null, maxDiscountBp: bp(doc.delegation.maxDiscount), maxCreditNoteCents: cents(doc.delegation.maxCreditNote),
    maxCommercialGestureCents: cents(doc.delegation.maxCommercialGesture), creditOverrunPolicy: doc.delegation.creditOverrun,
    creditApprovalMaxOverrunBp: bp(doc.delegation.creditApprovalMaxOverrun ?? 20),
    latePenaltyRatesBp: Object.fromEntries(Object.entries(doc.cgv.latePenaltyRates ?? {}).map(([half, rate]) => [half, bp(rate)])),
    recoverySteps: recovery.steps, litigationAfterDays: recovery.litigationAfterDays, reminderDeadlineDays: recovery.reminderDeadlineDays,
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
      riskStatus: t.riskStatus ?? 'normal', solvencyCheckedOn: t.solvency?.checkedOn ?? null, solvencySource: t.solvency?.source ?? null,
      solvencyNote: t.solvency?.note ?? null, litigationSince: null,
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
  await insertInbox(em, doc, start, tierIds);
}

/** `at` minutes after the scenario start, as a scenario date-time ("2026-03-16T08:50:00"). */
export function inboxSentAt(start: string, minutes: number): string {
  return new Date(parseScenarioDateTime(start).getTime() + minutes * 60_000).toISOString().slice(0, 19);
}

/**
 * The scenario's timed inbox: e-mails received (direction in) dated on the scenario clock at their
 * offset from the start. They are in the sandbox from the beginning; the mailbox shows each one only
 * once the sandbox's scenario clock has reached its date (so a pause delays them too).
 */
async function insertInbox(em: EntityManager, doc: ScenarioDocument, start: string, tierIds: Map<string, number>): Promise<void> {
  const company = await em.findOneByOrFail(Company, { id: 1 });
  const rows = (doc.inbox ?? []).map((m) => {
    const party = m.thirdParty ? doc.thirdParties.find((t) => t.code === m.thirdParty) : undefined;
    const contact = party && m.contact ? party.contacts.find((k) => `${k.firstName} ${k.lastName}` === m.contact) : undefined;
    const name = m.from?.name ?? (contact ? `${contact.firstName} ${contact.lastName}` : party?.name ?? '');
    const email = m.from?.email ?? contact?.email ?? party?.email ?? '';
    const sentAt = inboxSentAt(start, parseInboxOffset(m.at) ?? 0);
    return em.create(Message, {
      direction: 'in', channel: 'email', fromAddress: name ? `${name} <${email}>` : email, toAddress: company.email, toName: company.name,
      thirdPartyId: m.thirdParty ? tierIds.get(m.thirdParty) ?? null : null, subject: m.subject, body: m.body.trimEnd(), relatedResource: null, relatedId: null,
      relatedNumber: null, attachments: [], sentAt, author: null, createdAt: sentAt,
    });
  });
  rows.sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  for (const row of rows) await em.insert(Message, row);
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

  // Payments received, allocated to the invoices (recorded, as the payments service stores them).
  for (const p of plan.payments) {
    const row = em.create(Payment, {
      clientId: (await tier(p.client)).id, date: p.date, amountCents: p.amountCents, method: p.method as Payment['method'], reference: p.reference, notes: p.notes,
      status: 'recorded', cancelReason: null, cancelledAt: null, createdAt: `${p.date}T${TIME_PAYMENT}`,
    });
    await em.insert(Payment, row);
    if (p.allocations.length) await em.insert(PaymentAllocation, p.allocations.map((a) => ({ paymentId: row.id, invoiceId: invoiceIds.get(a.invoiceIndex)!, amountCents: a.amountCents })));
  }

  // Reminders with their frozen figures; a call is also a CRM interaction, an e-mail a message of the outbox.
  for (const r of plan.reminders) await insertReminder(em, r, { client: await tier(r.client), company, invoiceIds });

  for (const m of plan.movements) {
    await em.insert(StockMovement, {
      productId: ids.productIds.get(m.productRef)!, date: m.at, type: m.type, quantity: m.quantity, reason: m.reason, sourceType: m.sourceType,
      sourceId: m.sourceType === 'delivery-note' ? noteIds.get(m.sourceIndex)! : creditIds.get(m.sourceIndex)!, author: null, createdAt: new Date().toISOString(),
    });
  }

  if (plan.sequences.length) await em.insert(DocumentSequence, plan.sequences);
}

const TIME_PAYMENT = '11:30:00';
const TIME_REMINDER = '10:30:00';

const KIND_TITLES = {
  fr: { email: 'Relance', letter: 'Relance', formal_notice: 'Mise en demeure de payer', phone: 'Relance téléphonique' },
  en: { email: 'Payment reminder', letter: 'Payment reminder', formal_notice: 'Final notice before legal action', phone: 'Phone reminder' },
} as const;

function money(cents: number, language: 'fr' | 'en'): string {
  const [int, dec] = (cents / 100).toFixed(2).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fr' ? '\u202f' : ',');
  return language === 'fr' ? `${grouped},${dec} €` : `€${grouped}.${dec}`;
}

function day(d: string, language: 'fr' | 'en'): string {
  return language === 'fr' ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : d;
}

/** The short e-mail of a history reminder (no attachment): the invoices, the amount claimed, the new deadline. */
function reminderEmail(r: PlannedReminder, company: Company, salutation: string): { subject: string; body: string } {
  const numbers = r.invoices.map((i) => i.invoiceNumber).join(', ');
  const l = r.language;
  const list = r.invoices.map((i) => (l === 'fr'
    ? `- ${i.invoiceNumber} du ${day(i.invoiceDate, l)}, échue le ${day(i.dueDate, l)} : reste dû ${money(i.balanceCents, l)}`
    : `- ${i.invoiceNumber} dated ${day(i.invoiceDate, l)}, due on ${day(i.dueDate, l)}: balance ${money(i.balanceCents, l)}`)).join('\n');
  if (l === 'en') {
    return {
      subject: `${KIND_TITLES.en[r.kind]} (level ${r.level}) — ${numbers}`,
      body: [
        salutation,
        `Unless we are mistaken, the following invoice(s) remain unpaid:\n${list}`,
        `Amount claimed: ${money(r.totalClaimedCents, l)} (balance ${money(r.balanceCents, l)}, late-payment interest ${money(r.penaltyCents, l)}${r.indemnityCents ? `, fixed compensation for recovery costs ${money(r.indemnityCents, l)}` : ''}).`,
        `We would be grateful if you could settle this amount by ${day(r.newDeadline ?? r.date, l)} by bank transfer to ${company.iban}. If your payment has crossed this message, please disregard it.`,
        `Kind regards,\nAccounts receivable — ${company.name}\n${company.phone ?? ''}`,
      ].join('\n\n'),
    };
  }
  return {
    subject: `${KIND_TITLES.fr[r.kind]} n° ${r.level} — ${numbers}`,
    body: [
      salutation,
      `Sauf erreur de notre part, la ou les factures suivantes restent impayées :\n${list}`,
      `Montant réclamé : ${money(r.totalClaimedCents, l)} (solde ${money(r.balanceCents, l)}, pénalités de retard ${money(r.penaltyCents, l)}${r.indemnityCents ? `, indemnité forfaitaire pour frais de recouvrement ${money(r.indemnityCents, l)}` : ''}).`,
      `Nous vous remercions de bien vouloir régler cette somme avant le ${day(r.newDeadline ?? r.date, l)} par virement sur notre compte ${company.iban}. Si votre règlement a croisé ce message, merci de ne pas en tenir compte.`,
      `Cordialement,\nService administration des ventes — ${company.name}\n${company.phone ?? ''}`,
    ].join('\n\n'),
  };
}

async function insertReminder(em: EntityManager, r: PlannedReminder, ctx: { client: ThirdParty; company: Company; invoiceIds: Map<number, number> }): Promise<void> {
  const { client, company } = ctx;
  const contacts = await em.find(Contact, { where: { thirdPartyId: client.id }, order: { isPrimary: 'DESC', id: 'ASC' } });
  const named = r.contact ? contacts.find((k) => `${k.firstName} ${k.lastName}` === r.contact) ?? null : null;
  const contact = named ?? (r.kind === 'email' ? contacts.find((k) => k.email) : r.kind === 'phone' ? contacts.find((k) => k.phone || k.mobile) : contacts[0]) ?? contacts[0] ?? null;
  const at = `${r.date}T${TIME_REMINDER}`;
  const row = em.create(Reminder, {
    clientId: client.id, contactId: contact?.id ?? null, level: r.level, kind: r.kind, date: r.date, newDeadline: r.newDeadline, language: r.language,
    balanceCents: r.balanceCents, penaltyCents: r.penaltyCents, indemnityCents: r.indemnityCents, totalClaimedCents: r.totalClaimedCents,
    messageId: null, interactionId: null, notes: r.notes, author: null, createdAt: at,
  });
  await em.insert(Reminder, row);
  await em.insert(ReminderInvoice, r.invoices.map((i) => ({
    reminderId: row.id, invoiceId: ctx.invoiceIds.get(i.invoiceIndex)!, invoiceNumber: i.invoiceNumber, invoiceDate: i.invoiceDate, dueDate: i.dueDate,
    grossCents: i.grossCents, paidCents: i.paidCents, balanceCents: i.balanceCents, daysLate: i.daysLate, rateBp: i.rateBp, penaltyCents: i.penaltyCents,
    indemnityCents: i.indemnityCents,
  })));
  const numbers = r.invoices.map((i) => i.invoiceNumber).join(', ');
  if (r.kind === 'phone') {
    const interaction = em.create(Interaction, {
      thirdPartyId: client.id, contactId: contact?.id ?? null, kind: 'call', at, subject: `Relance téléphonique (niveau ${r.level}) : ${numbers}`,
      outcome: r.outcome as Interaction['outcome'], promisedDate: r.promisedDate, promisedAmountCents: r.promisedAmountCents, notes: r.notes,
      relatedResource: 'reminders', relatedId: row.id, author: null, createdAt: at,
    });
    await em.insert(Interaction, interaction);
    await em.update(Reminder, { id: row.id }, { interactionId: interaction.id });
  } else if (r.kind === 'email') {
    const to = contact?.email ?? client.email;
    if (!to) return;
    const salutation = r.language === 'en'
      ? `Dear ${!contact ? 'Sir or Madam' : contact.civility ? `${contact.civility === 'Mme' ? 'Ms' : 'Mr'} ${contact.lastName}` : `${contact.firstName} ${contact.lastName}`},`
      : `${contact?.civility === 'Mme' ? 'Madame' : contact?.civility === 'M.' ? 'Monsieur' : 'Madame, Monsieur'},`;
    const { subject, body } = reminderEmail(r, company, salutation);
    const message = em.create(Message, {
      direction: 'out', channel: 'email', fromAddress: company.email, toAddress: to, toName: contact ? `${contact.firstName} ${contact.lastName}` : client.name,
      thirdPartyId: client.id, subject, body, relatedResource: 'reminders', relatedId: row.id, relatedNumber: numbers, attachments: [],
      sentAt: at, author: null, createdAt: at,
    });
    await em.insert(Message, message);
    await em.update(Reminder, { id: row.id }, { messageId: message.id });
  }
}
