"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.scenarioStartOf = scenarioStartOf;
exports.buildTemplate = buildTemplate;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const money_js_1 = require("../common/money/money.js");
const quantity_js_1 = require("../common/quantity.js");
const identifiers_js_1 = require("../common/validation/identifiers.js");
const company_entity_js_1 = require("../company/company.entity.js");
const contact_entity_js_1 = require("../contacts/contact.entity.js");
const credit_note_entity_js_1 = require("../credit-notes/credit-note.entity.js");
const delivery_note_entity_js_1 = require("../delivery-notes/delivery-note.entity.js");
const document_sequence_entity_js_1 = require("../documents/numbering/document-sequence.entity.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const order_entity_js_1 = require("../orders/order.entity.js");
const quote_entity_js_1 = require("../quotes/quote.entity.js");
const product_family_entity_js_1 = require("../products/product-family.entity.js");
const product_entity_js_1 = require("../products/product.entity.js");
const sandbox_registry_service_js_1 = require("../sandbox/sandbox-registry.service.js");
const scenario_clock_js_1 = require("../sandbox/scenario-clock.js");
const sandbox_info_entity_js_1 = require("../sandbox/sandbox-info.entity.js");
const staff_entity_js_1 = require("../staff/staff.entity.js");
const stock_movement_entity_js_1 = require("../stock-movements/stock-movement.entity.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const interaction_entity_js_1 = require("../interactions/interaction.entity.js");
const message_entity_js_1 = require("../messages/message.entity.js");
const payment_entity_js_1 = require("../payments/payment.entity.js");
const reminder_entity_js_1 = require("../reminders/reminder.entity.js");
const history_plan_js_1 = require("./history-plan.js");
const cents = (euros) => (0, money_js_1.eurosToCents)(euros ?? 0);
const bp = money_js_1.percentToBp;
/** The fictive company's 'now' at the session start: the scenario date, 08:00 when no time is given. */
function scenarioStartOf(doc) {
    const withTime = doc.scenarioDate.length === 10 ? `${doc.scenarioDate}T08:00:00` : doc.scenarioDate;
    return (0, scenario_clock_js_1.parseScenarioDateTime)(withTime).toISOString().slice(0, 19);
}
/** The logo is stored in the sandbox itself (a data URL), so a sandbox file is self-contained. */
function logoDataUrl(file) {
    const ext = node_path_1.default.extname(file).slice(1).toLowerCase();
    const type = ext === 'svg' ? 'image/svg+xml' : ext === 'png' ? 'image/png' : 'image/jpeg';
    return `data:${type};base64,${node_fs_1.default.readFileSync(file).toString('base64')}`;
}
const joinLines = (...lines) => lines.filter(Boolean).join(', ') || null;
/**
 * Compiles a validated scenario into a sandbox template file: migrations, then every row of the
 * fictive company, in one transaction. Written to a temporary file and renamed when complete.
 */
async function buildTemplate(scenario, target) {
    const tmp = `${target}.${process.pid}.building`;
    node_fs_1.default.rmSync(tmp, { force: true });
    (0, sandbox_registry_service_js_1.removeSidecars)(tmp);
    const ds = (0, sandbox_registry_service_js_1.sandboxDataSource)(tmp);
    await ds.initialize();
    try {
        await ds.transaction((em) => insertScenario(em, scenario));
        await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
    }
    finally {
        await ds.destroy();
    }
    (0, sandbox_registry_service_js_1.removeSidecars)(tmp);
    node_fs_1.default.renameSync(tmp, target);
}
async function insertScenario(em, scenario) {
    const doc = scenario.document;
    const start = scenarioStartOf(doc);
    const c = doc.company;
    const recovery = (0, history_plan_js_1.recoveryOf)(doc);
    await em.insert(sandbox_info_entity_js_1.SandboxInfo, { id: 1, scenarioId: scenario.id, scenarioTitle: scenario.title, scenarioHash: scenario.hash, scenarioStartAt: start, builtAt: new Date().toISOString() });
    await em.insert(company_entity_js_1.Company, {
        id: 1, name: c.name, legalForm: c.legalForm, capitalCents: cents(c.capital), siren: (0, identifiers_js_1.normalizeSiren)(c.siren), siret: (0, identifiers_js_1.normalizeSiret)(c.siret),
        rcsCity: c.rcsCity, vatNumber: (0, identifiers_js_1.normalizeVat)(c.vatNumber), nafCode: c.nafCode, addressLine1: c.address.line1,
        addressLine2: joinLines(c.address.line2, c.address.line3), postcode: c.address.postcode, city: c.address.city, country: c.address.country,
        phone: c.phone, email: c.email, website: c.website ?? null, iban: (0, identifiers_js_1.normalizeIban)(c.iban), bic: c.bic.toUpperCase(), logo: c.logo ? logoDataUrl(node_path_1.default.join(scenario.dir, c.logo)) : null,
        paymentTerms: doc.cgv.paymentTerms, latePenaltyRateBp: bp(doc.cgv.latePenaltyRate), latePenaltyWording: doc.cgv.latePenaltyWording,
        recoveryIndemnityCents: cents(doc.cgv.recoveryIndemnity), earlyPaymentDiscount: doc.cgv.earlyPaymentDiscount, discountPolicy: doc.cgv.discountPolicy,
        cgvText: doc.cgv.text ?? null, maxDiscountBp: bp(doc.delegation.maxDiscount), maxCreditNoteCents: cents(doc.delegation.maxCreditNote),
        maxCommercialGestureCents: cents(doc.delegation.maxCommercialGesture), creditOverrunPolicy: doc.delegation.creditOverrun,
        creditApprovalMaxOverrunBp: bp(doc.delegation.creditApprovalMaxOverrun ?? 20),
        latePenaltyRatesBp: Object.fromEntries(Object.entries(doc.cgv.latePenaltyRates ?? {}).map(([half, rate]) => [half, bp(rate)])),
        recoverySteps: recovery.steps, litigationAfterDays: recovery.litigationAfterDays, reminderDeadlineDays: recovery.reminderDeadlineDays,
        defaultLanguage: c.defaultLanguage, documentFooterNote: null,
    });
    const staffIds = new Map();
    for (const s of doc.staff) {
        const row = em.create(staff_entity_js_1.Staff, { firstName: s.firstName, lastName: s.lastName, jobTitle: s.jobTitle, role: s.role, email: s.email ?? null, phone: s.phone ?? null });
        await em.insert(staff_entity_js_1.Staff, row);
        staffIds.set(s.key, row.id);
    }
    const familyIds = new Map();
    for (const f of doc.families) {
        const row = em.create(product_family_entity_js_1.ProductFamily, { code: f.code, name: f.name });
        await em.insert(product_family_entity_js_1.ProductFamily, row);
        familyIds.set(f.code, row.id);
    }
    const tierIds = new Map();
    const contacts = [];
    for (const t of doc.thirdParties) {
        const created = t.clientSince ? `${t.clientSince}T09:00:00` : start;
        const d = t.deliveryAddress;
        const row = em.create(third_party_entity_js_1.ThirdParty, {
            code: t.code, name: t.name, isClient: t.roles.includes('client'), isProspect: t.roles.includes('prospect'), isSupplier: t.roles.includes('supplier'),
            customerType: t.customerType, zone: (0, identifiers_js_1.zoneOfCountry)(t.billingAddress.country), language: t.language, legalForm: t.legalForm ?? null,
            siren: t.siren ? (0, identifiers_js_1.normalizeSiren)(t.siren) : null, siret: t.siret ? (0, identifiers_js_1.normalizeSiret)(t.siret) : null, vatNumber: t.vatNumber ? (0, identifiers_js_1.normalizeVat)(t.vatNumber) : null,
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
        await em.insert(third_party_entity_js_1.ThirdParty, row);
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
    for (let i = 0; i < contacts.length; i += 100)
        await em.insert(contact_entity_js_1.Contact, contacts.slice(i, i + 100));
    // The history is planned before the products: a product's opening movement is what is on hand at the
    // scenario date (openingStock) plus what the history took out since, dated before the first document.
    const { plan, issues } = (0, history_plan_js_1.planHistory)(doc);
    if (issues.length)
        throw new Error(`history: ${issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const openingDate = `${plan.openingDay ?? start.slice(0, 10)}T00:00:00`;
    const productIds = new Map();
    for (const p of doc.products) {
        const row = em.create(product_entity_js_1.Product, {
            reference: p.reference, label: p.label, description: p.description ?? null, familyId: familyIds.get(p.family), type: p.type, unit: p.unit,
            salePriceCents: cents(p.salePrice), vatRateBp: bp(p.vatRate), purchasePriceCents: cents(p.purchasePrice),
            supplierId: p.supplier ? tierIds.get(p.supplier) ?? null : null, supplierReference: p.supplierReference ?? null,
            supplierLeadTimeDays: p.supplierLeadTimeDays ?? null, reorderPoint: p.reorderPoint ?? 0, reorderQuantity: p.reorderQuantity ?? 0,
            weightGrams: p.weightKg === undefined ? null : Math.round(p.weightKg * 1000), ecoInfo: p.ecoInfo ?? null, active: p.active ?? true,
            createdAt: start, updatedAt: start,
        });
        await em.insert(product_entity_js_1.Product, row);
        productIds.set(p.reference, row.id);
        const openingMilli = (0, quantity_js_1.toMilli)(p.openingStock ?? 0) + (plan.netOutMilli.get(p.reference) ?? 0);
        if (p.type === 'good' && openingMilli > 0) {
            await em.insert(stock_movement_entity_js_1.StockMovement, {
                productId: row.id, date: openingDate, type: 'opening', quantity: (0, quantity_js_1.fromMilli)(openingMilli), reason: "Stock d'ouverture (inventaire)",
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
async function insertHistory(em, plan, ids) {
    const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
    const tiers = new Map();
    const tier = async (code) => tiers.get(code) ?? tiers.set(code, await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id: ids.tierIds.get(code) })).get(code);
    const productId = (ref) => (ref ? ids.productIds.get(ref) ?? null : null);
    const line = (l) => ({
        position: l.position, productId: productId(l.productRef), reference: l.productRef, label: l.label, unit: l.unit, quantity: l.quantity,
        unitPriceCents: l.unitPriceCents, discountBp: l.discountBp, vatRateBp: l.vatRateBp, netCents: l.netCents,
    });
    const header = async (d) => ({
        number: d.number, clientId: (await tier(d.client)).id, contactId: null, date: d.date, language: d.language, vatRegime: d.vatRegime,
        globalDiscountBp: 0, shippingCents: 0, shippingVatRateBp: 2000, netCents: d.totals.netCents, vatCents: d.totals.vatCents, grossCents: d.totals.grossCents,
        vatBreakdown: d.totals.vatBreakdown, notes: d.notes, validatedAt: d.at, createdAt: d.at,
    });
    const snapshot = async (code) => JSON.stringify({ seller: company, buyer: await tier(code) });
    const quoteIds = new Map();
    for (const q of plan.quotes) {
        const row = em.create(quote_entity_js_1.Quote, {
            ...(await header(q)), updatedAt: q.decidedAt ?? q.sentAt ?? q.at, status: q.status, validUntil: q.validUntil, paymentTerms: q.paymentTerms,
            paymentMethod: q.paymentMethod, promisedDeliveryDate: null, cgvReference: `CGV ${company.name}`, sentAt: q.sentAt, decidedAt: q.decidedAt, duplicatedFromId: null,
        });
        await em.insert(quote_entity_js_1.Quote, row);
        quoteIds.set(q.index, row.id);
        await em.insert(quote_entity_js_1.QuoteLine, q.lines.map((l) => ({ ...line(l), quoteId: row.id })));
    }
    const orderIds = new Map();
    const orderLineIds = new Map();
    const orders = new Map();
    for (const o of plan.orders) {
        const client = await tier(o.client);
        const row = em.create(order_entity_js_1.Order, {
            ...(await header(o)), updatedAt: o.updatedAt, status: o.status, sourceQuoteId: o.quoteIndex === null ? null : quoteIds.get(o.quoteIndex),
            clientReference: o.clientReference, requestedDeliveryDate: o.requestedDeliveryDate, paymentTerms: o.paymentTerms, paymentMethod: o.paymentMethod,
            // As OrdersService.fill: the client's delivery address, or its billing address.
            deliveryLine1: client.deliveryLine1 ?? client.billingLine1, deliveryLine2: client.deliveryLine1 ? client.deliveryLine2 : client.billingLine2,
            deliveryPostcode: client.deliveryPostcode ?? client.billingPostcode, deliveryCity: client.deliveryCity ?? client.billingCity,
            deliveryCountry: client.deliveryCountry ?? client.billingCountry, cancelledAt: o.cancelledAt,
        });
        await em.insert(order_entity_js_1.Order, row);
        orderIds.set(o.index, row.id);
        orders.set(o.index, row);
        for (const l of o.lines) {
            const lineRow = em.create(order_entity_js_1.OrderLine, { ...line(l), orderId: row.id });
            await em.insert(order_entity_js_1.OrderLine, lineRow);
            orderLineIds.set(`${o.index}:${l.position}`, lineRow.id);
        }
    }
    const orderLineId = (key) => (key ? orderLineIds.get(`${key.orderIndex}:${key.position}`) : null);
    const noteIds = new Map();
    const noteLineIds = new Map();
    for (const n of plan.deliveryNotes) {
        const order = orders.get(n.orderIndex);
        const row = em.create(delivery_note_entity_js_1.DeliveryNote, {
            number: n.number, status: 'validated', orderId: order.id, clientId: order.clientId, date: n.date, carrier: n.carrier, parcels: null, weightGrams: null,
            trackingNumber: null, incoterm: n.incoterm, deliveryLine1: order.deliveryLine1 ?? '', deliveryLine2: order.deliveryLine2, deliveryPostcode: order.deliveryPostcode ?? '',
            deliveryCity: order.deliveryCity ?? '', deliveryCountry: order.deliveryCountry ?? 'FR', notes: n.notes, validatedAt: n.at, createdAt: n.at, updatedAt: n.at,
        });
        await em.insert(delivery_note_entity_js_1.DeliveryNote, row);
        noteIds.set(n.index, row.id);
        for (const l of n.lines) {
            const lineRow = em.create(delivery_note_entity_js_1.DeliveryNoteLine, {
                deliveryNoteId: row.id, orderLineId: orderLineId(l.orderLine), position: l.position, productId: productId(l.productRef), reference: l.productRef,
                label: l.label, unit: l.unit, quantity: l.quantity,
            });
            await em.insert(delivery_note_entity_js_1.DeliveryNoteLine, lineRow);
            noteLineIds.set(`${n.index}:${l.position}`, lineRow.id);
        }
    }
    const invoiceIds = new Map();
    const invoiceLineIds = new Map();
    for (const f of plan.invoices) {
        const row = em.create(invoice_entity_js_1.Invoice, {
            ...(await header(f)), updatedAt: f.at, type: f.type, status: 'validated', orderId: f.orderIndex === null ? null : orderIds.get(f.orderIndex),
            deliveryNoteIds: f.deliveryNoteIndexes.map((k) => noteIds.get(k)), depositInvoiceIds: f.depositInvoiceIndexes.map((k) => invoiceIds.get(k)),
            depositBp: f.depositBp, clientReference: f.clientReference, paymentTerms: f.paymentTerms, paymentMethod: f.paymentMethod, dueDate: f.dueDate,
            deliveryDate: f.deliveryDate, partiesSnapshot: await snapshot(f.client),
        });
        await em.insert(invoice_entity_js_1.Invoice, row);
        invoiceIds.set(f.index, row.id);
        for (const l of f.lines) {
            const lineRow = em.create(invoice_entity_js_1.InvoiceLine, {
                ...line(l), invoiceId: row.id, orderLineId: orderLineId(l.orderLine),
                deliveryNoteLineId: l.deliveryNoteLine ? noteLineIds.get(`${l.deliveryNoteLine.noteIndex}:${l.deliveryNoteLine.position}`) : null,
            });
            await em.insert(invoice_entity_js_1.InvoiceLine, lineRow);
            invoiceLineIds.set(`${f.index}:${l.position}`, lineRow.id);
        }
    }
    const creditIds = new Map();
    for (const c of plan.creditNotes) {
        const row = em.create(credit_note_entity_js_1.CreditNote, {
            ...(await header(c)), updatedAt: c.at, status: 'validated', invoiceId: invoiceIds.get(c.invoiceIndex), reason: c.reason, restock: c.restock,
            partiesSnapshot: await snapshot(c.client),
        });
        await em.insert(credit_note_entity_js_1.CreditNote, row);
        creditIds.set(c.index, row.id);
        await em.insert(credit_note_entity_js_1.CreditNoteLine, c.lines.map((l) => ({ ...line(l), creditNoteId: row.id, invoiceLineId: l.invoiceLine === null ? null : invoiceLineIds.get(`${c.invoiceIndex}:${l.invoiceLine}`) })));
    }
    // Payments received, allocated to the invoices (recorded, as the payments service stores them).
    for (const p of plan.payments) {
        const row = em.create(payment_entity_js_1.Payment, {
            clientId: (await tier(p.client)).id, date: p.date, amountCents: p.amountCents, method: p.method, reference: p.reference, notes: p.notes,
            status: 'recorded', cancelReason: null, cancelledAt: null, createdAt: `${p.date}T${TIME_PAYMENT}`,
        });
        await em.insert(payment_entity_js_1.Payment, row);
        if (p.allocations.length)
            await em.insert(payment_entity_js_1.PaymentAllocation, p.allocations.map((a) => ({ paymentId: row.id, invoiceId: invoiceIds.get(a.invoiceIndex), amountCents: a.amountCents })));
    }
    // Reminders with their frozen figures; a call is also a CRM interaction, an e-mail a message of the outbox.
    for (const r of plan.reminders)
        await insertReminder(em, r, { client: await tier(r.client), company, invoiceIds });
    for (const m of plan.movements) {
        await em.insert(stock_movement_entity_js_1.StockMovement, {
            productId: ids.productIds.get(m.productRef), date: m.at, type: m.type, quantity: m.quantity, reason: m.reason, sourceType: m.sourceType,
            sourceId: m.sourceType === 'delivery-note' ? noteIds.get(m.sourceIndex) : creditIds.get(m.sourceIndex), author: null, createdAt: new Date().toISOString(),
        });
    }
    if (plan.sequences.length)
        await em.insert(document_sequence_entity_js_1.DocumentSequence, plan.sequences);
}
const TIME_PAYMENT = '11:30:00';
const TIME_REMINDER = '10:30:00';
const KIND_TITLES = {
    fr: { email: 'Relance', letter: 'Relance', formal_notice: 'Mise en demeure de payer', phone: 'Relance téléphonique' },
    en: { email: 'Payment reminder', letter: 'Payment reminder', formal_notice: 'Final notice before legal action', phone: 'Phone reminder' },
};
function money(cents, language) {
    const [int, dec] = (cents / 100).toFixed(2).split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fr' ? '\u202f' : ',');
    return language === 'fr' ? `${grouped},${dec} €` : `€${grouped}.${dec}`;
}
function day(d, language) {
    return language === 'fr' ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : d;
}
/** The short e-mail of a history reminder (no attachment): the invoices, the amount claimed, the new deadline. */
function reminderEmail(r, company, salutation) {
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
async function insertReminder(em, r, ctx) {
    const { client, company } = ctx;
    const contacts = await em.find(contact_entity_js_1.Contact, { where: { thirdPartyId: client.id }, order: { isPrimary: 'DESC', id: 'ASC' } });
    const named = r.contact ? contacts.find((k) => `${k.firstName} ${k.lastName}` === r.contact) ?? null : null;
    const contact = named ?? (r.kind === 'email' ? contacts.find((k) => k.email) : r.kind === 'phone' ? contacts.find((k) => k.phone || k.mobile) : contacts[0]) ?? contacts[0] ?? null;
    const at = `${r.date}T${TIME_REMINDER}`;
    const row = em.create(reminder_entity_js_1.Reminder, {
        clientId: client.id, contactId: contact?.id ?? null, level: r.level, kind: r.kind, date: r.date, newDeadline: r.newDeadline, language: r.language,
        balanceCents: r.balanceCents, penaltyCents: r.penaltyCents, indemnityCents: r.indemnityCents, totalClaimedCents: r.totalClaimedCents,
        messageId: null, interactionId: null, notes: r.notes, author: null, createdAt: at,
    });
    await em.insert(reminder_entity_js_1.Reminder, row);
    await em.insert(reminder_entity_js_1.ReminderInvoice, r.invoices.map((i) => ({
        reminderId: row.id, invoiceId: ctx.invoiceIds.get(i.invoiceIndex), invoiceNumber: i.invoiceNumber, invoiceDate: i.invoiceDate, dueDate: i.dueDate,
        grossCents: i.grossCents, paidCents: i.paidCents, balanceCents: i.balanceCents, daysLate: i.daysLate, rateBp: i.rateBp, penaltyCents: i.penaltyCents,
        indemnityCents: i.indemnityCents,
    })));
    const numbers = r.invoices.map((i) => i.invoiceNumber).join(', ');
    if (r.kind === 'phone') {
        const interaction = em.create(interaction_entity_js_1.Interaction, {
            thirdPartyId: client.id, contactId: contact?.id ?? null, kind: 'call', at, subject: `Relance téléphonique (niveau ${r.level}) : ${numbers}`,
            outcome: r.outcome, promisedDate: r.promisedDate, promisedAmountCents: r.promisedAmountCents, notes: r.notes,
            relatedResource: 'reminders', relatedId: row.id, author: null, createdAt: at,
        });
        await em.insert(interaction_entity_js_1.Interaction, interaction);
        await em.update(reminder_entity_js_1.Reminder, { id: row.id }, { interactionId: interaction.id });
    }
    else if (r.kind === 'email') {
        const to = contact?.email ?? client.email;
        if (!to)
            return;
        const salutation = r.language === 'en'
            ? `Dear ${contact ? `${contact.civility === 'Mme' ? 'Ms' : contact.civility === 'M.' ? 'Mr' : ''} ${contact.lastName}`.trim() : 'Sir or Madam'},`
            : `${contact?.civility === 'Mme' ? 'Madame' : contact?.civility === 'M.' ? 'Monsieur' : 'Madame, Monsieur'},`;
        const { subject, body } = reminderEmail(r, company, salutation);
        const message = em.create(message_entity_js_1.Message, {
            direction: 'out', channel: 'email', fromAddress: company.email, toAddress: to, toName: contact ? `${contact.firstName} ${contact.lastName}` : client.name,
            thirdPartyId: client.id, subject, body, relatedResource: 'reminders', relatedId: row.id, relatedNumber: r.invoices[0].invoiceNumber, attachments: [],
            sentAt: at, author: null, createdAt: at,
        });
        await em.insert(message_entity_js_1.Message, message);
        await em.update(reminder_entity_js_1.Reminder, { id: row.id }, { messageId: message.id });
    }
}
//# sourceMappingURL=template-builder.js.map