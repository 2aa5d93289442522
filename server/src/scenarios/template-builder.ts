import fs from 'node:fs';
import path from 'node:path';
import { EntityManager } from 'typeorm';
import { eurosToCents, percentToBp } from '../common/money/money.js';
import { toMilli } from '../common/quantity.js';
import { normalizeIban, normalizeSiren, normalizeSiret, normalizeVat, zoneOfCountry } from '../common/validation/identifiers.js';
import { Company } from '../company/company.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { ProductFamily } from '../products/product-family.entity.js';
import { Product } from '../products/product.entity.js';
import { removeSidecars, sandboxDataSource } from '../sandbox/sandbox-registry.service.js';
import { parseScenarioDateTime } from '../sandbox/scenario-clock.js';
import { SandboxInfo } from '../sandbox/sandbox-info.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { StockMovement } from '../stock-movements/stock-movement.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
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

  const openingDate = `${start.slice(0, 10)}T00:00:00`;
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
    if (p.type === 'good' && toMilli(p.openingStock ?? 0) > 0) {
      await em.insert(StockMovement, {
        productId: row.id, date: openingDate, type: 'opening', quantity: p.openingStock!, reason: "Stock d'ouverture (inventaire)",
        sourceType: 'scenario', sourceId: null, author: null, createdAt: new Date().toISOString(),
      });
    }
  }
}
