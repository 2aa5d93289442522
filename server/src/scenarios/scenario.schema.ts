/**
 * Scenario format v1 (seeds/<id>/scenario.yaml), described field by field in seeds/README.md.
 *
 * The schema validates and types the document; it does not transform anything (amounts stay in euros,
 * rates in %, quantities as decimals): the template builder converts them. Objects are strict, so an
 * unknown (misspelt) key is an error. Field formats are checked where they are declared; rules that
 * need context (cross-references, uniqueness, country-dependent formats, role-dependent fields) are
 * checked by the root `superRefine`, which always runs (even when some fields are invalid) so that an
 * author sees every problem at once, each with the path of the offending field. The optional `history`
 * block (past documents) is checked by planHistory (history-plan.ts), the same code that the template
 * builder uses to write it, so that what validates is exactly what gets built.
 */
import { z } from 'zod';
import {
  frVatKey,
  isValidBic,
  isValidEmail,
  isValidIban,
  isValidPhone,
  isValidPostcode,
  isValidSiren,
  isValidSiret,
  isValidVatNumber,
  normalizeSiren,
  normalizeSiret,
  normalizeVat,
  vatPrefixCountry,
} from '../common/validation/identifiers.js';
import { RECOVERY_KINDS } from '../company/company.entity.js';
import { INCOTERMS } from '../delivery-notes/dto/delivery-note.dto.js';
import { INTERACTION_OUTCOMES } from '../interactions/interaction.entity.js';
import { REMINDER_KINDS } from '../reminders/reminder.entity.js';
import { RISK_STATUSES } from '../third-parties/third-party.entity.js';
import { checkSchema } from '../checks/check.schema.js';
import { validateChecks } from '../checks/check-validation.js';
import { DEFAULT_RECOVERY, planHistory } from './history-plan.js';

export const SCENARIO_FORMAT = 1;

export const PAYMENT_TERMS = ['on_receipt', 'net_15', 'net_30', 'net_45', 'net_60', 'net_30_eom', 'net_45_eom'] as const;
export const PAYMENT_METHODS = ['transfer', 'cheque', 'card', 'lcr', 'sepa_debit', 'cash'] as const;
export const VAT_RATES = [20, 10, 5.5, 2.1, 0] as const;
export const STAFF_ROLES = ['manager', 'sales_rep', 'assistant', 'storekeeper', 'accountant'] as const;
export const THIRD_PARTY_ROLES = ['client', 'prospect', 'supplier'] as const;
export const CUSTOMER_TYPES = ['b2b', 'b2c'] as const;
export const LANGUAGES = ['fr', 'en'] as const;
export const PROSPECT_STATUSES = ['new', 'contacted', 'qualified', 'proposal', 'negotiation', 'lost'] as const;
export const CONTACT_CHANNELS = ['email', 'phone', 'mail', 'sms'] as const;
export const MARKETING_CONSENTS = ['unknown', 'granted', 'refused', 'withdrawn'] as const;
export const CREDIT_OVERRUN_MODES = ['block', 'approval', 'acknowledge'] as const;
export const PRODUCT_TYPES = ['good', 'service'] as const;
export const CIVILITIES = ['M.', 'Mme'] as const;

/** Third-party code prefix per role: C clients, P prospects, F suppliers (fournisseurs). */
const CODE_PREFIX_ROLE: Record<string, (typeof THIRD_PARTY_ROLES)[number]> = { C: 'client', P: 'prospect', F: 'supplier' };

// ---------------------------------------------------------------------------------------------
// Field helpers
// ---------------------------------------------------------------------------------------------

/** True when `v` has at most `n` decimals (tolerant to binary floating point). */
export function hasAtMostDecimals(v: number, n: number): boolean {
  if (!Number.isFinite(v)) return false;
  const f = 10 ** n;
  return Math.abs(Math.round(v * f) - v * f) < 1e-6 * Math.max(1, Math.abs(v * f));
}

const text = (max = 200) => z.string().min(1).max(max);
const longText = (max = 20000) => z.string().min(1).max(max);

/** Money amount in euros: ≥ 0, at most 2 decimals. */
const money = () =>
  z.number().min(0, { message: 'montant négatif interdit' }).refine((v) => hasAtMostDecimals(v, 2), {
    message: 'montant en euros : 2 décimales au plus',
  });

/** Percentage (e.g. 12.15 for 12.15 %): 0 to 100, at most 2 decimals. */
const percent = () =>
  z
    .number()
    .min(0, { message: 'pourcentage négatif interdit' })
    .max(100, { message: 'pourcentage supérieur à 100' })
    .refine((v) => hasAtMostDecimals(v, 2), { message: 'pourcentage : 2 décimales au plus' });

/** Quantity: ≥ 0, at most 3 decimals. */
const quantity = () =>
  z.number().min(0, { message: 'quantité négative interdite' }).refine((v) => hasAtMostDecimals(v, 3), {
    message: 'quantité : 3 décimales au plus',
  });

const days = () => z.number().int({ message: 'nombre entier de jours attendu' }).min(0).max(365);

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Calendar date "YYYY-MM-DD". */
const isoDate = () =>
  z.string().refine(
    (s) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
    },
    { message: 'date attendue au format AAAA-MM-JJ (ex. "2025-11-04")' },
  );

/** Local date-time without time zone "YYYY-MM-DDTHH:MM[:SS]". */
const localDateTime = () =>
  z.string().refine(
    (s) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(s);
      return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
    },
    { message: 'date et heure locales attendues au format AAAA-MM-JJTHH:MM:SS, sans fuseau (ex. "2026-03-16T08:30:00")' },
  );

const countryCode = () => z.string().regex(/^[A-Z]{2}$/, { message: 'code pays ISO à 2 lettres majuscules attendu (FR, BE, DE…)' });

const siren = () =>
  z.string().superRefine((s, ctx) => {
    if (!/^\d{9}$/.test(normalizeSiren(s))) ctx.addIssue({ code: 'custom', message: 'SIREN invalide : 9 chiffres attendus' });
    else if (!isValidSiren(s)) ctx.addIssue({ code: 'custom', message: 'SIREN invalide (clé de Luhn)' });
  });

const siret = () =>
  z.string().superRefine((s, ctx) => {
    if (!/^\d{14}$/.test(normalizeSiret(s))) ctx.addIssue({ code: 'custom', message: 'SIRET invalide : 14 chiffres attendus' });
    else if (!isValidSiret(s)) ctx.addIssue({ code: 'custom', message: 'SIRET invalide (clé de Luhn)' });
  });

const vatNumber = () =>
  z.string().superRefine((s, ctx) => {
    if (isValidVatNumber(s)) return;
    const v = normalizeVat(s);
    const m = /^FR(\d{2})(\d{9})$/.exec(v);
    if (m && isValidSiren(m[2])) {
      ctx.addIssue({
        code: 'custom',
        message: `numéro de TVA invalide : la clé doit être ${frVatKey(m[2]!)} pour le SIREN ${m[2]} (FR${frVatKey(m[2]!)}${m[2]})`,
      });
    } else if (m) {
      ctx.addIssue({ code: 'custom', message: `numéro de TVA invalide : ${m[2]} n'est pas un SIREN valide (clé de Luhn)` });
    } else {
      ctx.addIssue({
        code: 'custom',
        message: 'numéro de TVA invalide : préfixe pays puis format national attendus (ex. FR40303265045, BE0403170701, DE129273398)',
      });
    }
  });

const email = () => z.string().refine(isValidEmail, { message: 'adresse e-mail invalide' });

/** Phone numbers are checked against the country of their owner by the root refinement. */
const phone = () => z.string().min(1).max(40);

const website = () =>
  z.string().regex(/^(https?:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}(\/\S*)?$/i, { message: 'adresse de site web invalide (ex. https://www.exemple.fr)' });

const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => (iss.input === undefined ? undefined : `valeur attendue parmi : ${values.join(', ')}`) });

// ---------------------------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------------------------

export const addressSchema = z.strictObject({
  line1: text(),
  line2: text().optional(),
  line3: text().optional(),
  postcode: z.string().min(1).max(12),
  city: text(100),
  country: countryCode(),
});

export const companySchema = z.strictObject({
  name: text(),
  legalForm: text(80),
  capital: money(),
  siren: siren(),
  siret: siret(),
  rcsCity: text(80),
  vatNumber: vatNumber(),
  nafCode: z.string().regex(/^\d{2}\.?\d{2}[A-Z]$/, { message: 'code NAF invalide (ex. 4665Z ou 46.65Z)' }),
  address: addressSchema,
  phone: phone(),
  email: email(),
  website: website().optional(),
  iban: z.string().refine(isValidIban, { message: 'IBAN invalide (longueur du pays ou clé modulo 97)' }),
  bic: z.string().refine(isValidBic, { message: 'BIC invalide (8 ou 11 caractères, ex. BNPAFRPP)' }),
  logo: z
    .string()
    .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*\.(png|jpe?g|svg)$/i, { message: 'nom de fichier du logo invalide : un fichier .png, .jpg ou .svg du dossier du scénario' })
    .optional(),
  defaultLanguage: enumOf(LANGUAGES),
});

/** Half-year of a late-penalty rate: the ECB rate of 1 January (H1) or 1 July (H2) + 10 points. */
export const HALF_YEAR_PATTERN = /^\d{4}-H[12]$/;

export const cgvSchema = z.strictObject({
  paymentTerms: enumOf(PAYMENT_TERMS),
  latePenaltyRate: percent(),
  latePenaltyRates: z.record(z.string(), percent()).optional(),
  latePenaltyWording: longText(1000),
  recoveryIndemnity: money(),
  earlyPaymentDiscount: longText(1000),
  discountPolicy: longText(2000),
  text: longText().optional(),
});

export const delegationSchema = z.strictObject({
  maxDiscount: percent(),
  maxCreditNote: money(),
  maxCommercialGesture: money(),
  creditOverrun: enumOf(CREDIT_OVERRUN_MODES),
  creditApprovalMaxOverrun: percent().optional(),
});

/** The company's recovery procedure (relances): written steps by level, then litigation. */
export const recoverySchema = z.strictObject({
  steps: z
    .array(
      z.strictObject({
        level: z.number().int({ message: 'niveau entier attendu (1, 2, 3…)' }).min(1, { message: 'les niveaux commencent à 1' }),
        afterDays: days(),
        kind: enumOf(RECOVERY_KINDS),
        label: text(120),
      }),
    )
    .min(1, { message: 'au moins une étape de relance' })
    .max(6, { message: '6 étapes au plus' })
    .optional(),
  litigationAfterDays: days().optional(),
  reminderDeadlineDays: z.number().int({ message: 'nombre entier de jours attendu' }).min(1).max(90).optional(),
});

export const staffSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_-]{1,31}$/, { message: 'clé invalide : minuscules, chiffres, - ou _ (ex. mdurand)' }),
  firstName: text(80),
  lastName: text(80),
  jobTitle: text(120),
  role: enumOf(STAFF_ROLES),
  email: email().optional(),
  phone: phone().optional(),
});

export const familySchema = z.strictObject({
  code: z.string().regex(/^[A-Z0-9]{2,10}$/, { message: 'code famille invalide : 2 à 10 majuscules ou chiffres (ex. MOB)' }),
  name: text(120),
});

export const productSchema = z.strictObject({
  reference: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9._/-]{0,39}$/, { message: 'référence invalide : majuscules, chiffres, . _ / - (40 caractères au plus)' }),
  label: text(),
  description: longText(4000).optional(),
  family: z.string().min(1),
  type: enumOf(PRODUCT_TYPES),
  unit: text(30),
  salePrice: money(),
  vatRate: z.literal(VAT_RATES, { error: () => `taux de TVA attendu parmi : ${VAT_RATES.join(', ')}` }),
  purchasePrice: money(),
  supplier: z.string().min(1).optional(),
  supplierReference: text(60).optional(),
  supplierLeadTimeDays: days().optional(),
  reorderPoint: quantity().optional(),
  reorderQuantity: quantity().optional(),
  weightKg: quantity().optional(),
  ecoInfo: longText(1000).optional(),
  openingStock: quantity().optional(),
  active: z.boolean().optional(),
});

export const contactSchema = z.strictObject({
  civility: enumOf(CIVILITIES).optional(),
  firstName: text(80),
  lastName: text(80),
  jobTitle: text(120).optional(),
  email: email().optional(),
  phone: phone().optional(),
  mobile: phone().optional(),
  preferredChannel: enumOf(CONTACT_CHANNELS),
  accessibilityNeeds: text(500).optional(),
  marketingConsent: enumOf(MARKETING_CONSENTS),
  consentDate: isoDate().optional(),
  consentSource: text(200).optional(),
  isPrimary: z.boolean().optional(),
  notes: longText(2000).optional(),
});

export const thirdPartySchema = z.strictObject({
  code: z.string().regex(/^[CPF]\d{4,6}$/, { message: 'code tiers invalide : C (client), P (prospect) ou F (fournisseur) suivi de 4 à 6 chiffres (ex. C0001)' }),
  name: text(),
  roles: z.array(enumOf(THIRD_PARTY_ROLES)).min(1, { message: 'au moins un rôle : client, prospect ou supplier' }),
  customerType: enumOf(CUSTOMER_TYPES),
  language: enumOf(LANGUAGES),
  legalForm: text(80).optional(),
  siren: siren().optional(),
  siret: siret().optional(),
  vatNumber: vatNumber().optional(),
  email: email().optional(),
  phone: phone().optional(),
  website: website().optional(),
  billingAddress: addressSchema,
  deliveryAddress: addressSchema.optional(),
  paymentTerms: enumOf(PAYMENT_TERMS).optional(),
  paymentMethod: enumOf(PAYMENT_METHODS).optional(),
  creditLimit: money().optional(),
  accountManager: z.string().min(1).optional(),
  sector: text(120).optional(),
  size: text(30).optional(),
  region: text(80).optional(),
  source: text(120).optional(),
  tags: z.array(text(40)).optional(),
  prospectStatus: enumOf(PROSPECT_STATUSES).optional(),
  supplierLeadTimeDays: days().optional(),
  notes: longText(4000).optional(),
  clientSince: isoDate().optional(),
  riskStatus: enumOf(RISK_STATUSES).optional(),
  solvency: z
    .strictObject({
      checkedOn: isoDate(),
      source: text(200),
      note: longText(2000).optional(),
    })
    .optional(),
  contacts: z.array(contactSchema).default([]),
});

// ---------------------------------------------------------------------------------------------
// History: past documents of the company (validated, numbered on build; see history-plan.ts)
// ---------------------------------------------------------------------------------------------

export const HISTORY_QUOTE_STATUSES = ['validated', 'sent', 'accepted', 'refused'] as const;
export const HISTORY_INVOICE_TYPES = ['invoice', 'deposit'] as const;

/** Local key of a history document, used by the other documents to point at it. */
const historyRef = () =>
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$/, { message: 'clé locale invalide : lettres, chiffres, . _ - (ex. dev-moreau-janv), 60 caractères au plus' });

/** 1-based line number of another document. */
const lineNumber = () => z.number().int({ message: 'numéro de ligne entier attendu (1 = première ligne)' }).min(1, { message: 'les lignes sont numérotées à partir de 1' });

const vatRate = () => z.literal(VAT_RATES, { error: () => `taux de TVA attendu parmi : ${VAT_RATES.join(', ')}` });

/** For authors and trainers only: never written into the sandbox. */
const anomalyNote = () => longText(2000).optional();

const historyLineFields = {
  product: z.string().min(1).optional(),
  label: text(200).optional(),
  unit: text(30).optional(),
  quantity: quantity(),
  unitPrice: money().optional(),
  discount: percent().optional(),
  vatRate: vatRate().optional(),
};

/** A priced line: a product of the catalogue (its price and rate unless given) or a free line (label, unitPrice, vatRate). */
export const historyLineSchema = z.strictObject(historyLineFields);

/** An invoice line may point at an order line (1-based), whose terms it takes unless given. */
export const historyInvoiceLineSchema = z.strictObject({ orderLine: lineNumber().optional(), ...historyLineFields });

export const historyQuoteSchema = z.strictObject({
  ref: historyRef(),
  date: isoDate(),
  client: z.string().min(1),
  status: enumOf(HISTORY_QUOTE_STATUSES),
  validUntil: isoDate().optional(),
  decisionDate: isoDate().optional(),
  lines: z.array(historyLineSchema).min(1, { message: 'au moins une ligne' }),
  notes: longText(4000).optional(),
  anomaly: anomalyNote(),
});

export const historyOrderSchema = z.strictObject({
  ref: historyRef(),
  date: isoDate(),
  client: z.string().min(1).optional(),
  quote: z.string().min(1).optional(),
  clientReference: text(60).optional(),
  requestedDeliveryDate: isoDate().optional(),
  status: enumOf(['cancelled'] as const).optional(),
  lines: z.array(historyLineSchema).min(1, { message: 'au moins une ligne' }).optional(),
  notes: longText(4000).optional(),
  anomaly: anomalyNote(),
});

export const historyDeliveryNoteSchema = z.strictObject({
  ref: historyRef(),
  order: z.string().min(1),
  date: isoDate(),
  carrier: text(80).optional(),
  incoterm: enumOf(INCOTERMS).optional(),
  lines: z.array(z.strictObject({ line: lineNumber(), quantity: quantity() })).min(1, { message: 'au moins une ligne' }).optional(),
  notes: longText(2000).optional(),
  anomaly: anomalyNote(),
});

export const historyInvoiceSchema = z.strictObject({
  ref: historyRef(),
  type: enumOf(HISTORY_INVOICE_TYPES).optional(),
  date: isoDate(),
  client: z.string().min(1).optional(),
  order: z.string().min(1).optional(),
  deliveryNotes: z.array(z.string().min(1)).min(1, { message: 'au moins un bon de livraison' }).optional(),
  depositPercent: percent().optional(),
  lines: z.array(historyInvoiceLineSchema).min(1, { message: 'au moins une ligne' }).optional(),
  notes: longText(4000).optional(),
  anomaly: anomalyNote(),
});

export const historyCreditNoteSchema = z.strictObject({
  ref: historyRef(),
  invoice: z.string().min(1),
  date: isoDate(),
  reason: text(500),
  lines: z.array(z.strictObject({ line: lineNumber(), quantity: quantity().optional() })).min(1, { message: 'au moins une ligne' }).optional(),
  amount: money().optional(),
  restock: z.boolean().optional(),
  anomaly: anomalyNote(),
});

export const historyPaymentSchema = z.strictObject({
  ref: historyRef(),
  date: isoDate(),
  client: z.string().min(1),
  amount: money(),
  method: enumOf(PAYMENT_METHODS),
  reference: text(100).optional(),
  allocations: z.array(z.strictObject({ invoice: z.string().min(1), amount: money() })).min(1, { message: 'au moins une affectation (ou omettre allocations : affectation aux factures les plus anciennes)' }).optional(),
  notes: longText(2000).optional(),
});

export const historyReminderSchema = z.strictObject({
  date: isoDate(),
  client: z.string().min(1),
  kind: enumOf(REMINDER_KINDS),
  level: z.number().int({ message: 'niveau entier attendu (1, 2, 3…)' }).min(1, { message: 'les niveaux commencent à 1' }),
  invoices: z.array(z.string().min(1)).min(1, { message: 'au moins une facture' }),
  contact: text(160).optional(),
  outcome: enumOf(INTERACTION_OUTCOMES).optional(),
  promisedDate: isoDate().optional(),
  promisedAmount: money().optional(),
  notes: longText(2000).optional(),
});

export const historySchema = z.strictObject({
  quotes: z.array(historyQuoteSchema).default([]),
  orders: z.array(historyOrderSchema).default([]),
  deliveryNotes: z.array(historyDeliveryNoteSchema).default([]),
  invoices: z.array(historyInvoiceSchema).default([]),
  creditNotes: z.array(historyCreditNoteSchema).default([]),
  payments: z.array(historyPaymentSchema).default([]),
  reminders: z.array(historyReminderSchema).default([]),
});

// ---------------------------------------------------------------------------------------------
// Candidate's instructions and timed inbox
// ---------------------------------------------------------------------------------------------

/** Latest offset of an inbox message: a day after the start. */
export const INBOX_MAX_OFFSET_MINUTES = 24 * 60;

/**
 * Offset of an inbox message from the scenario start, in minutes: a number of minutes (`20`) or
 * "+20min", "+1h", "+1h30", "+1 h 30 min". Null when unreadable.
 */
export function parseInboxOffset(at: unknown): number | null {
  if (typeof at === 'number') return Number.isInteger(at) && at >= 0 ? at : null;
  if (typeof at !== 'string') return null;
  const m = /^\+?\s*(?:(\d{1,3})\s*h(?:\s*(\d{1,2})\s*(?:min)?)?|(\d{1,4})\s*(?:min)?)$/i.exec(at.trim());
  if (!m) return null;
  if (m[3] !== undefined) return Number(m[3]);
  const minutes = Number(m[2] ?? 0);
  return minutes < 60 ? Number(m[1]) * 60 + minutes : null;
}

export const inboxMessageSchema = z.strictObject({
  at: z.union([z.number(), z.string()], { error: () => 'décalage attendu : "+20min", "+1h30" ou un nombre de minutes' }),
  from: z.strictObject({ name: text(120), email: email() }).optional(),
  thirdParty: z.string().min(1).optional(),
  contact: text(160).optional(),
  subject: text(200),
  body: longText(20000),
  language: enumOf(LANGUAGES).optional(),
});

// ---------------------------------------------------------------------------------------------
// Cross-field and cross-reference rules
// ---------------------------------------------------------------------------------------------

type Path = (string | number)[];
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const objects = (v: unknown): [Obj, number][] =>
  Array.isArray(v) ? v.map((x, i) => [x, i] as [unknown, number]).filter((e): e is [Obj, number] => isObj(e[0])) : [];
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function checkScenario(doc: unknown, ctx: z.RefinementCtx): void {
  if (!isObj(doc)) return;
  const fail = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });

  const scenarioDay = str(doc.scenarioDate)?.slice(0, 10);
  const notAfterScenario = (value: unknown, path: Path, what: string) => {
    const d = str(value);
    if (d && scenarioDay && /^\d{4}-\d{2}-\d{2}$/.test(scenarioDay) && d > scenarioDay) {
      fail(path, `${what} (${d}) postérieure à la date du scénario (${scenarioDay})`);
    }
  };

  /** Reports duplicates of `field` in a list. Returns the set of values seen. */
  const unique = (listName: string, field: string, label: string): Map<string, number> => {
    const seen = new Map<string, number>();
    for (const [item, i] of objects(doc[listName])) {
      const v = str(item[field]);
      if (v === undefined) continue;
      const first = seen.get(v);
      if (first !== undefined) fail([listName, i, field], `${label} en double : « ${v} » (déjà utilisé par ${listName}[${first}])`);
      else seen.set(v, i);
    }
    return seen;
  };

  const checkPostcode = (address: unknown, path: Path) => {
    if (!isObj(address)) return;
    const country = str(address.country);
    const postcode = str(address.postcode);
    if (country && /^[A-Z]{2}$/.test(country) && postcode !== undefined && !isValidPostcode(postcode, country)) {
      fail([...path, 'postcode'], `code postal « ${postcode} » invalide pour le pays ${country}`);
    }
  };

  const checkPhone = (value: unknown, country: string | undefined, path: Path) => {
    const p = str(value);
    if (p === undefined) return;
    if (!isValidPhone(p, country)) {
      fail(
        path,
        country && country !== 'FR'
          ? `numéro de téléphone « ${p} » invalide (format international +CC… attendu, ou national du pays ${country})`
          : `numéro de téléphone « ${p} » invalide (ex. 04 78 12 34 56 ou +33 4 78 12 34 56)`,
      );
    }
  };

  /** SIRET starts with the SIREN; a French VAT number carries the SIREN and its key. */
  const checkIdentity = (party: Obj, path: Path) => {
    const sirenValue = str(party.siren) !== undefined ? normalizeSiren(str(party.siren)!) : undefined;
    const siretValue = str(party.siret) !== undefined ? normalizeSiret(str(party.siret)!) : undefined;
    const vat = str(party.vatNumber) !== undefined ? normalizeVat(str(party.vatNumber)!) : undefined;
    if (siretValue && sirenValue && /^\d{14}$/.test(siretValue) && !siretValue.startsWith(sirenValue)) {
      fail([...path, 'siret'], `le SIRET ${siretValue} ne commence pas par le SIREN ${sirenValue}`);
    }
    if (party.siret !== undefined && party.siren === undefined) fail([...path, 'siren'], 'SIREN manquant alors qu\'un SIRET est renseigné');
    if (vat && vat.startsWith('FR') && /^FR[0-9A-Z]{2}\d{9}$/.test(vat)) {
      const vatSiren = vat.slice(4);
      if (sirenValue && /^\d{9}$/.test(sirenValue) && vatSiren !== sirenValue) {
        fail([...path, 'vatNumber'], `le numéro de TVA ${vat} ne correspond pas au SIREN ${sirenValue} (attendu FR${frVatKey(sirenValue)}${sirenValue})`);
      }
    }
  };

  // --- company ---------------------------------------------------------------------------------
  const company = isObj(doc.company) ? doc.company : undefined;
  const companyCountry = company && isObj(company.address) ? str(company.address.country) : undefined;
  if (company) {
    checkIdentity(company, ['company']);
    checkPostcode(company.address, ['company', 'address']);
    checkPhone(company.phone, companyCountry, ['company', 'phone']);
    const vat = str(company.vatNumber);
    if (vat && companyCountry === 'FR' && !normalizeVat(vat).startsWith('FR')) {
      fail(['company', 'vatNumber'], 'une entreprise française a un numéro de TVA commençant par FR');
    }
  }

  // --- terms of sale: late-penalty rates by half-year ------------------------------------------
  const cgv = isObj(doc.cgv) ? doc.cgv : undefined;
  if (cgv && isObj(cgv.latePenaltyRates)) {
    for (const key of Object.keys(cgv.latePenaltyRates)) {
      if (!HALF_YEAR_PATTERN.test(key)) {
        fail(['cgv', 'latePenaltyRates', key], `semestre « ${key} » invalide : AAAA-H1 (1er janvier – 30 juin) ou AAAA-H2 (1er juillet – 31 décembre) attendu, ex. 2026-H1`);
      }
    }
  }

  // --- recovery procedure ----------------------------------------------------------------------
  if (isObj(doc.recovery)) {
    const steps = objects(doc.recovery.steps);
    steps.forEach(([step, i], k) => {
      const level = num(step.level);
      if (level !== undefined && Number.isInteger(level) && level !== k + 1) {
        fail(['recovery', 'steps', i, 'level'], `niveau ${level} : les étapes sont numérotées 1, 2, 3… sans trou, dans l'ordre (niveau ${k + 1} attendu)`);
      }
      const previous = k > 0 ? num(steps[k - 1]![0].afterDays) : undefined;
      const after = num(step.afterDays);
      if (previous !== undefined && after !== undefined && after <= previous) {
        fail(['recovery', 'steps', i, 'afterDays'], `délai de ${after} jours : chaque étape vient après la précédente (${previous} jours), délais croissants attendus`);
      }
    });
    const effective = Array.isArray(doc.recovery.steps) ? steps.map(([s]) => num(s.afterDays)).filter((d): d is number => d !== undefined) : DEFAULT_RECOVERY.steps.map((s) => s.afterDays);
    const litigation = num(doc.recovery.litigationAfterDays);
    const last = effective.at(-1);
    if (litigation !== undefined && last !== undefined && litigation <= last) {
      fail(['recovery', 'litigationAfterDays'], `contentieux à ${litigation} jours : après la dernière étape de relance (${last} jours) attendu`);
    }
  }

  // --- staff, families -------------------------------------------------------------------------
  const staffKeys = unique('staff', 'key', 'clé de personnel');
  for (const [member, i] of objects(doc.staff)) checkPhone(member.phone, companyCountry, ['staff', i, 'phone']);
  const familyCodes = unique('families', 'code', 'code famille');

  // --- third parties ---------------------------------------------------------------------------
  const partyIndex = unique('thirdParties', 'code', 'code tiers');
  const roleList = (party: Obj): string[] => (Array.isArray(party.roles) ? party.roles.filter((r): r is string => typeof r === 'string') : []);

  for (const [party, i] of objects(doc.thirdParties)) {
    const at = (...rest: Path): Path => ['thirdParties', i, ...rest];
    const roles = roleList(party);
    const code = str(party.code);
    const billing = isObj(party.billingAddress) ? party.billingAddress : undefined;
    const country = billing ? str(billing.country) : undefined;
    const customerType = str(party.customerType);

    // roles
    const dup = roles.find((r, k) => roles.indexOf(r) !== k);
    if (dup) fail(at('roles'), `rôle en double : ${dup}`);
    if (roles.includes('client') && roles.includes('prospect')) {
      fail(at('roles'), 'un tiers est client ou prospect, pas les deux (un prospect devient client)');
    }
    if (code && /^[CPF]/.test(code)) {
      const expected = CODE_PREFIX_ROLE[code[0]!]!;
      if (roles.length > 0 && !roles.includes(expected)) {
        fail(at('code'), `le code ${code} (préfixe ${code[0]}) désigne un tiers de rôle ${expected}, absent de roles: [${roles.join(', ')}]`);
      }
    }

    // prospect status
    if (roles.includes('prospect') && party.prospectStatus === undefined) {
      fail(at('prospectStatus'), 'prospectStatus obligatoire pour un prospect (new, contacted, qualified, proposal, negotiation, lost)');
    }
    if (!roles.includes('prospect') && party.prospectStatus !== undefined) {
      fail(at('prospectStatus'), 'prospectStatus réservé aux prospects');
    }
    if (party.clientSince !== undefined && !roles.includes('client')) {
      fail(at('clientSince'), 'clientSince réservé aux clients');
    }
    notAfterScenario(party.clientSince, at('clientSince'), 'date d\'entrée en relation');

    // credit risk and solvency (clients and prospects)
    for (const f of ['riskStatus', 'solvency'] as const) {
      if (party[f] !== undefined && roles.length > 0 && !roles.includes('client') && !roles.includes('prospect')) {
        fail(at(f), `${f} réservé aux clients et prospects (suivi du risque client)`);
      }
    }
    if (isObj(party.solvency)) notAfterScenario(party.solvency.checkedOn, at('solvency', 'checkedOn'), 'date de vérification de solvabilité');

    // identity
    checkIdentity(party, at());
    if (customerType === 'b2b' && country === 'FR' && party.siren === undefined) {
      fail(at('siren'), 'SIREN obligatoire pour un professionnel français (b2b)');
    }
    if (customerType === 'b2c') {
      for (const f of ['siren', 'siret', 'vatNumber'] as const) {
        if (party[f] !== undefined) fail(at(f), `un particulier (b2c) n'a pas de ${f === 'vatNumber' ? 'numéro de TVA' : f.toUpperCase()}`);
      }
    }
    if ((party.siren !== undefined || party.siret !== undefined) && country && country !== 'FR') {
      fail(at(party.siren !== undefined ? 'siren' : 'siret'), `SIREN/SIRET réservés aux entreprises françaises (pays de facturation : ${country})`);
    }
    const vat = str(party.vatNumber);
    if (vat && country && /^[A-Z]{2}$/.test(country)) {
      const prefixCountry = vatPrefixCountry(normalizeVat(vat).slice(0, 2));
      const expected = country === 'MC' ? 'FR' : country;
      if (prefixCountry !== expected) {
        fail(at('vatNumber'), `le préfixe du numéro de TVA (${normalizeVat(vat).slice(0, 2)}) ne correspond pas au pays de facturation (${country})`);
      }
    }

    // addresses, phones, account manager
    checkPostcode(party.billingAddress, at('billingAddress'));
    checkPostcode(party.deliveryAddress, at('deliveryAddress'));
    checkPhone(party.phone, country, at('phone'));
    const manager = str(party.accountManager);
    if (manager !== undefined && !staffKeys.has(manager)) {
      fail(at('accountManager'), `accountManager « ${manager} » n'est pas une clé de staff (${[...staffKeys.keys()].join(', ') || 'aucune'})`);
    }

    // tags
    if (Array.isArray(party.tags)) {
      const tags = party.tags.filter((t): t is string => typeof t === 'string');
      const dupTag = tags.find((t, k) => tags.indexOf(t) !== k);
      if (dupTag) fail(at('tags'), `étiquette en double : ${dupTag}`);
    }

    // contacts
    let primary: number | undefined;
    for (const [contact, j] of objects(party.contacts)) {
      const cat = (...rest: Path): Path => at('contacts', j, ...rest);
      const consent = str(contact.marketingConsent);
      if (consent === 'granted' || consent === 'withdrawn') {
        const word = consent === 'granted' ? 'recueilli' : 'retiré';
        if (contact.consentDate === undefined) fail(cat('consentDate'), `consentDate obligatoire : consentement ${word} (date à conserver, RGPD)`);
        if (contact.consentSource === undefined) fail(cat('consentSource'), `consentSource obligatoire : consentement ${word} (origine à conserver, RGPD)`);
      }
      notAfterScenario(contact.consentDate, cat('consentDate'), 'date de consentement');
      checkPhone(contact.phone, country, cat('phone'));
      checkPhone(contact.mobile, country, cat('mobile'));
      const channel = str(contact.preferredChannel);
      if (channel === 'email' && contact.email === undefined) fail(cat('email'), 'canal préféré e-mail mais aucune adresse e-mail');
      if (channel === 'phone' && contact.phone === undefined && contact.mobile === undefined) {
        fail(cat('phone'), 'canal préféré téléphone mais aucun numéro (phone ou mobile)');
      }
      if (channel === 'sms' && contact.mobile === undefined) fail(cat('mobile'), 'canal préféré SMS mais aucun numéro de mobile');
      if (contact.isPrimary === true) {
        if (primary !== undefined) fail(cat('isPrimary'), `un seul contact principal par tiers (déjà contacts[${primary}])`);
        else primary = j;
      }
    }
  }

  // --- products --------------------------------------------------------------------------------
  unique('products', 'reference', 'référence article');
  const partyList = objects(doc.thirdParties);
  for (const [product, i] of objects(doc.products)) {
    const at = (...rest: Path): Path => ['products', i, ...rest];
    const family = str(product.family);
    if (family !== undefined && !familyCodes.has(family)) {
      fail(at('family'), `famille « ${family} » inconnue (familles déclarées : ${[...familyCodes.keys()].join(', ') || 'aucune'})`);
    }
    const supplier = str(product.supplier);
    if (supplier !== undefined) {
      const index = partyIndex.get(supplier);
      const party = index !== undefined ? partyList.find(([, k]) => k === index)?.[0] : undefined;
      if (!party) fail(at('supplier'), `fournisseur « ${supplier} » inconnu : aucun tiers n'a ce code`);
      else if (!roleList(party).includes('supplier')) {
        fail(at('supplier'), `le tiers ${supplier} n'a pas le rôle supplier (roles: [${roleList(party).join(', ')}])`);
      }
    }
    if (product.type === 'good') {
      if (supplier === undefined) fail(at('supplier'), 'fournisseur obligatoire pour un article stocké (type good)');
      for (const f of ['reorderPoint', 'reorderQuantity', 'openingStock'] as const) {
        if (product[f] === undefined) fail(at(f), `${f} obligatoire pour un article stocké (type good)`);
      }
    } else if (product.type === 'service') {
      for (const f of ['openingStock', 'reorderPoint', 'reorderQuantity'] as const) {
        const v = num(product[f]);
        if (v !== undefined && v !== 0) fail(at(f), `un service n'est pas stocké : ${f} doit être omis ou 0`);
      }
    }
  }

  // --- history: references between documents, quantities, dates, stock (see history-plan.ts) ---
  const planned = isObj(doc.history) ? planHistory(doc) : undefined;
  for (const issue of planned?.issues ?? []) fail(issue.path, issue.message);

  // --- timed inbox ---------------------------------------------------------------------------
  const partyByCode = new Map(partyList.map(([party]) => [str(party.code), party] as const));
  for (const [message, i] of objects(doc.inbox)) {
    const at = (...rest: Path): Path => ['inbox', i, ...rest];
    if (message.at !== undefined && (typeof message.at === 'number' || typeof message.at === 'string')) {
      const minutes = parseInboxOffset(message.at);
      if (minutes === null) fail(at('at'), `décalage « ${String(message.at)} » illisible : "+20min", "+1h30" ou un nombre entier de minutes attendu`);
      else if (minutes > INBOX_MAX_OFFSET_MINUTES) fail(at('at'), `décalage de ${minutes} minutes : 24 heures (1440 minutes) au plus après le début`);
    }
    const code = str(message.thirdParty);
    const party = code !== undefined ? partyByCode.get(code) : undefined;
    if (code !== undefined && !party) fail(at('thirdParty'), `tiers « ${code} » inconnu : aucun tiers n'a ce code`);
    const contactName = str(message.contact);
    let contactEmail: string | undefined;
    if (contactName !== undefined) {
      if (code === undefined) fail(at('contact'), 'contact : indiquez aussi thirdParty (le tiers de ce contact)');
      else if (party) {
        const found = objects(party.contacts).find(([k]) => `${str(k.firstName)} ${str(k.lastName)}` === contactName)?.[0];
        if (!found) {
          const names = objects(party.contacts).map(([k]) => `${str(k.firstName)} ${str(k.lastName)}`);
          fail(at('contact'), `contact « ${contactName} » inconnu chez ${code} (contacts : ${names.join(', ') || 'aucun'})`);
        } else contactEmail = str(found.email);
        if (found && message.from === undefined && contactEmail === undefined) {
          fail(at('from'), `from obligatoire : le contact « ${contactName} » n'a pas d'adresse e-mail`);
        }
      }
    } else if (message.from === undefined) {
      fail(at('from'), 'from obligatoire (nom et e-mail de l\'expéditeur), sauf si thirdParty et contact désignent un contact qui a un e-mail');
    }
  }

  // --- checks ----------------------------------------------------------------------------------
  if (Array.isArray(doc.checks)) {
    // The history's numbers, when every document of it could be planned (otherwise its own errors come first).
    let documentNumbers: Set<string> | null = new Set<string>();
    const history = isObj(doc.history) ? doc.history : {};
    const lists = [['quotes', planned?.plan.quotes], ['orders', planned?.plan.orders], ['deliveryNotes', planned?.plan.deliveryNotes], ['invoices', planned?.plan.invoices], ['creditNotes', planned?.plan.creditNotes]] as const;
    for (const [name, list] of lists) {
      const written = Array.isArray(history[name]) ? (history[name] as unknown[]).length : 0;
      if ((list?.length ?? 0) !== written || planned?.issues.length) documentNumbers = null;
      else for (const d of list ?? []) documentNumbers?.add(d.number);
    }
    validateChecks(
      doc.checks,
      {
        thirdPartyCodes: new Set(partyList.map(([party]) => str(party.code)).filter((c): c is string => c !== undefined)),
        productReferences: new Set(objects(doc.products).map(([p]) => str(p.reference)).filter((r): r is string => r !== undefined)),
        documentNumbers,
      },
      fail,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Root
// ---------------------------------------------------------------------------------------------

export const scenarioSchema = z
  .strictObject({
    format: z.literal(SCENARIO_FORMAT, { error: () => `format de scénario non pris en charge : ${SCENARIO_FORMAT} attendu` }),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'identifiant invalide : minuscules, chiffres et tirets (ex. bureau-plus)' }),
    title: text(200),
    description: longText(4000),
    scenarioDate: localDateTime(),
    company: companySchema,
    cgv: cgvSchema,
    delegation: delegationSchema,
    staff: z.array(staffSchema).min(1, { message: 'au moins une personne dans staff' }),
    families: z.array(familySchema).min(1, { message: 'au moins une famille d\'articles' }),
    products: z.array(productSchema),
    thirdParties: z.array(thirdPartySchema),
    recovery: recoverySchema.optional(),
    history: historySchema.optional(),
    instructions: longText(50000).optional(),
    inbox: z.array(inboxMessageSchema).optional(),
    checks: z.array(checkSchema).optional(),
  })
  .superRefine(checkScenario, { when: () => true });

export type ScenarioDocument = z.infer<typeof scenarioSchema>;
export type ScenarioCompany = ScenarioDocument['company'];
export type ScenarioProduct = ScenarioDocument['products'][number];
export type ScenarioThirdParty = ScenarioDocument['thirdParties'][number];
export type ScenarioContact = ScenarioThirdParty['contacts'][number];
export type ScenarioAddress = ScenarioThirdParty['billingAddress'];
export type ScenarioStaff = ScenarioDocument['staff'][number];
export type ScenarioHistory = z.infer<typeof historySchema>;
export type ScenarioRecovery = z.infer<typeof recoverySchema>;
export type ScenarioInboxMessage = z.infer<typeof inboxMessageSchema>;

// ---------------------------------------------------------------------------------------------
// French messages for zod's built-in issues (per-parse error map; field messages above win)
// ---------------------------------------------------------------------------------------------

const TYPE_NAMES: Record<string, string> = {
  string: 'texte',
  number: 'nombre',
  boolean: 'booléen (true ou false)',
  array: 'liste',
  object: 'objet (clé: valeur)',
  null: 'valeur vide',
};

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

export const scenarioErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'champ obligatoire manquant';
      const got = typeOf(issue.input);
      if (issue.expected === 'string' && (got === 'number' || got === 'boolean')) {
        return `texte attendu, ${TYPE_NAMES[got]} reçu : mettre la valeur entre guillemets (ex. "${String(issue.input)}")`;
      }
      if (issue.expected === 'number' && got === 'string') return 'nombre attendu, texte reçu (sans guillemets, point décimal, sans symbole €)';
      return `${TYPE_NAMES[issue.expected] ?? issue.expected} attendu, ${TYPE_NAMES[got] ?? got} reçu`;
    }
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'ne doit pas être vide' : `au moins ${issue.minimum} caractères`;
      if (issue.origin === 'array') return `au moins ${issue.minimum} élément(s)`;
      return `doit être ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `${issue.maximum} caractères au plus`;
      if (issue.origin === 'array') return `${issue.maximum} éléments au plus`;
      return `doit être ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
    case 'invalid_value':
      if (issue.input === undefined) return `champ obligatoire manquant (valeurs possibles : ${issue.values.map(String).join(', ')})`;
      return `valeur attendue parmi : ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `clé${issue.keys.length > 1 ? 's' : ''} inconnue${issue.keys.length > 1 ? 's' : ''} : ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return 'format invalide';
    default:
      return undefined;
  }
};

/** Validates a parsed YAML document with French messages. */
export function validateScenarioDocument(data: unknown) {
  return scenarioSchema.safeParse(data, { error: scenarioErrorMap });
}

/**
 * Keys allowed by the schema for the object at `path` in a document (used to suggest the right
 * spelling of an unknown key). Returns an empty list when the path does not lead to an object.
 */
export function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: unknown = scenarioSchema;
  const unwrap = (s: unknown): unknown => {
    let cur = s as { def?: { type?: string; innerType?: unknown; in?: unknown } } | undefined;
    for (let guard = 0; cur?.def && guard < 10; guard++) {
      const t = cur.def.type;
      if (t === 'optional' || t === 'default' || t === 'nullable' || t === 'prefault') cur = cur.def.innerType as typeof cur;
      else if (t === 'pipe') cur = cur.def.in as typeof cur;
      else break;
    }
    return cur;
  };
  for (const seg of path) {
    const s = unwrap(schema) as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } } | undefined;
    if (!s?.def) return [];
    if (s.def.type === 'object' && typeof seg === 'string') schema = s.def.shape?.[seg];
    else if (s.def.type === 'array' && typeof seg === 'number') schema = s.def.element;
    else return [];
  }
  const s = unwrap(schema) as { def?: { type?: string; shape?: Record<string, unknown> } } | undefined;
  return s?.def?.type === 'object' && s.def.shape ? Object.keys(s.def.shape) : [];
}
