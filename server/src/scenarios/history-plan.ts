/**
 * The `history` block of a scenario (seeds/README.md, "history") turned into the documents the
 * services would have stored: the same lines (product defaults, copies from the quote or the order),
 * totals and VAT breakdown from computeTotals, VAT regime (vatRegimeOf), payment terms and due dates,
 * numbers per type in date order (formatNumber), delivery and invoicing progress per order line,
 * deposit deductions, and the stock movements of the deliveries and returns.
 *
 * Pure and defensive: it reads the raw YAML data (some fields may be invalid: the schema reports
 * those) and returns every cross-reference problem with the path of its field. The schema's root
 * refinement reports the issues; the template builder writes the plan of a valid scenario. One
 * interpretation for both, so that what validates is what gets built.
 */
import { eurosToCents, percentToBp } from '../common/money/money.js';
import { fromMilli, toMilli } from '../common/quantity.js';
import { zoneOfCountry } from '../common/validation/identifiers.js';
import { addDays, dueDate, PaymentTerms } from '../documents/due-date.js';
import { computeTotals, VatBreakdownLine } from '../documents/lines/compute-totals.js';
import { formatNumber, NumberedType } from '../documents/numbering/document-numbering.js';
import { vatRegimeOf } from '../documents/priced-lines.js';
import { allocateOldestFirst } from '../receivables/invoice-balance.js';
import { halfYearRates } from '../receivables/late-penalties.js';
import { claimFigures, InvoiceClaim } from '../reminders/invoice-claims.js';
import { DEFAULT_RECOVERY_STEPS } from '../reminders/recovery-steps.js';
import type { ThirdParty } from '../third-parties/third-party.entity.js';

type Path = (string | number)[];
type Obj = Record<string, unknown>;

export type VatRegime = 'standard' | 'intra_eu' | 'export';

export interface PlanIssue {
  path: Path;
  message: string;
}

export interface PlannedLine {
  position: number;
  productRef: string | null;
  label: string;
  unit: string;
  quantity: number;
  unitPriceCents: number;
  discountBp: number;
  vatRateBp: number;
  netCents: number;
}

export interface PlannedTotals {
  netCents: number;
  vatCents: number;
  grossCents: number;
  vatBreakdown: VatBreakdownLine[];
}

interface PlannedDocument {
  /** Index in its YAML list (history.<list>[index]). */
  index: number;
  ref: string;
  number: string;
  date: string;
  /** Third-party code. */
  client: string;
  language: 'fr' | 'en';
  vatRegime: VatRegime;
  notes: string | null;
  /** Scenario date-time of creation and validation. */
  at: string;
}

export interface PlannedQuote extends PlannedDocument {
  status: 'validated' | 'sent' | 'accepted' | 'refused';
  validUntil: string;
  paymentTerms: string;
  paymentMethod: string | null;
  sentAt: string | null;
  decidedAt: string | null;
  lines: PlannedLine[];
  totals: PlannedTotals;
}

export interface PlannedOrder extends PlannedDocument {
  quoteIndex: number | null;
  clientReference: string | null;
  requestedDeliveryDate: string | null;
  paymentTerms: string;
  paymentMethod: string | null;
  status: 'validated' | 'partially_delivered' | 'delivered' | 'cancelled';
  cancelledAt: string | null;
  updatedAt: string;
  lines: PlannedLine[];
  totals: PlannedTotals;
}

/** An order line, by its order (list index) and its 1-based position. */
export interface OrderLineKey {
  orderIndex: number;
  position: number;
}

export interface PlannedDeliveryNote extends PlannedDocument {
  orderIndex: number;
  carrier: string | null;
  incoterm: string | null;
  lines: { position: number; orderLine: OrderLineKey; productRef: string | null; label: string; unit: string; quantity: number }[];
}

export interface PlannedInvoiceLine extends PlannedLine {
  orderLine: OrderLineKey | null;
  deliveryNoteLine: { noteIndex: number; position: number } | null;
}

export interface PlannedInvoice extends PlannedDocument {
  type: 'invoice' | 'deposit';
  orderIndex: number | null;
  deliveryNoteIndexes: number[];
  depositInvoiceIndexes: number[];
  depositBp: number | null;
  clientReference: string | null;
  paymentTerms: string;
  paymentMethod: string;
  dueDate: string;
  deliveryDate: string | null;
  lines: PlannedInvoiceLine[];
  totals: PlannedTotals;
}

export interface PlannedCreditNote extends PlannedDocument {
  invoiceIndex: number;
  reason: string;
  restock: boolean;
  lines: (PlannedLine & { invoiceLine: number | null })[];
  totals: PlannedTotals;
}

export interface PlannedPayment {
  index: number;
  ref: string;
  date: string;
  client: string;
  amountCents: number;
  method: string;
  reference: string | null;
  notes: string | null;
  /** Given, or oldest first (due date, then date) over the client's invoices open on the payment day. */
  allocations: { invoiceIndex: number; amountCents: number }[];
  /** What no invoice takes: the client's credit. */
  unallocatedCents: number;
}

/** One invoice of a reminder, with the figures frozen on the reminder's day (as reminder_invoice). */
export type PlannedReminderInvoice = Omit<InvoiceClaim, 'invoiceId' | 'segments'> & { invoiceIndex: number };

export interface PlannedReminder {
  index: number;
  date: string;
  client: string;
  kind: 'email' | 'letter' | 'formal_notice' | 'phone';
  level: number;
  language: 'fr' | 'en';
  /** "First Last" of the contact named in the YAML, or null (the builder picks the main contact). */
  contact: string | null;
  /** Written reminders: date + reminderDeadlineDays; calls: null. */
  newDeadline: string | null;
  invoices: PlannedReminderInvoice[];
  balanceCents: number;
  penaltyCents: number;
  indemnityCents: number;
  totalClaimedCents: number;
  outcome: string | null;
  promisedDate: string | null;
  promisedAmountCents: number | null;
  notes: string | null;
}

export interface RecoveryPlan {
  steps: { level: number; afterDays: number; kind: 'email' | 'letter' | 'formal_notice'; label: string }[];
  litigationAfterDays: number;
  reminderDeadlineDays: number;
}

/** The usual procedure (legal-fr §3.1), used when the scenario has no `recovery` block (or omits a field). */
export const DEFAULT_RECOVERY: RecoveryPlan = {
  steps: DEFAULT_RECOVERY_STEPS.map((s) => ({ ...s })),
  litigationAfterDays: 50,
  reminderDeadlineDays: 8,
};

/** The scenario's recovery procedure, each missing field taken from DEFAULT_RECOVERY. */
export function recoveryOf(doc: unknown): RecoveryPlan {
  const r = isObj(doc) && isObj(doc.recovery) ? doc.recovery : {};
  const steps = Array.isArray(r.steps)
    ? objects(r.steps).map(([s]) => ({ level: num(s.level) ?? 0, afterDays: num(s.afterDays) ?? 0, kind: (str(s.kind) ?? 'email') as RecoveryPlan['steps'][number]['kind'], label: str(s.label) ?? '' }))
    : DEFAULT_RECOVERY.steps.map((s) => ({ ...s }));
  return {
    steps,
    litigationAfterDays: num(r.litigationAfterDays) ?? DEFAULT_RECOVERY.litigationAfterDays,
    reminderDeadlineDays: num(r.reminderDeadlineDays) ?? DEFAULT_RECOVERY.reminderDeadlineDays,
  };
}

export interface PlannedMovement {
  productRef: string;
  at: string;
  type: 'out' | 'in';
  /** Signed: negative for a delivery. */
  quantity: number;
  reason: string;
  sourceType: 'delivery-note' | 'credit-note';
  /** Index of the delivery note or credit note in its list. */
  sourceIndex: number;
}

export interface HistoryPlan {
  /** Each list in number order (date, then list order). */
  quotes: PlannedQuote[];
  orders: PlannedOrder[];
  deliveryNotes: PlannedDeliveryNote[];
  invoices: PlannedInvoice[];
  creditNotes: PlannedCreditNote[];
  /** Payments in date order (list order within a day), with their allocations. */
  payments: PlannedPayment[];
  /** Reminders and calls in date order, with their frozen figures. */
  reminders: PlannedReminder[];
  /** document_sequence rows: the last number used per type and year. */
  sequences: { type: NumberedType; year: number; lastValue: number }[];
  /** Day of the opening stock movement: the first history date (null without history: the scenario day). */
  openingDay: string | null;
  /** Per product reference, what the history took out of stock (deliveries − returns), in thousandths. */
  netOutMilli: Map<string, number>;
  movements: PlannedMovement[];
}

// Times of day at which history documents are dated, so that a sale reads in order.
const TIME = { quote: '09:00:00', sent: '09:15:00', decided: '09:30:00', order: '10:00:00', delivery: '14:00:00', invoice: '16:00:00', credit: '17:00:00', cancel: '17:30:00' };
const at = (day: string, time: string) => `${day}T${time}`;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const objects = (v: unknown): [Obj, number][] =>
  Array.isArray(v) ? v.map((x, i) => [x, i] as [unknown, number]).filter((e): e is [Obj, number] => isObj(e[0])) : [];
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function isDay(s: string | undefined): s is string {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** Converts with the app's decimal helpers; undefined when the value is not a valid amount (the schema says why). */
function units(v: unknown, convert: (x: number) => number, decimals: number): number | undefined {
  const n = num(v);
  if (n === undefined || n < 0) return undefined;
  const f = 10 ** decimals;
  if (Math.abs(Math.round(n * f) - n * f) > 1e-6 * Math.max(1, Math.abs(n * f))) return undefined;
  return convert(n);
}
const centsOf = (v: unknown) => units(v, eurosToCents, 2);
const bpOf = (v: unknown) => units(v, percentToBp, 2);
const milliOf = (v: unknown) => units(v, toMilli, 3);

/** Edit distance, to suggest the key an author meant. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

const frDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const qtyText = (milli: number) => String(fromMilli(milli)).replace('.', ',');

interface ProductInfo {
  index: number;
  reference: string;
  label: string;
  unit: string;
  type: string | undefined;
  salePriceCents: number | undefined;
  vatRateBp: number | undefined;
  openingStockMilli: number;
}

interface PartyInfo {
  code: string;
  roles: string[];
  customerType: 'b2b' | 'b2c';
  contacts: string[];
  language: 'fr' | 'en';
  regime: VatRegime;
  zone: string;
  paymentTerms: string | undefined;
  paymentMethod: string | undefined;
}

function totalsOf(lines: PlannedLine[], regime: VatRegime): PlannedTotals {
  const t = computeTotals({ lines, globalDiscountBp: 0, shippingCents: 0, shippingVatRateBp: 2000, exempt: regime !== 'standard' });
  lines.forEach((l, i) => (l.netCents = t.lineNets[i]!));
  return { netCents: t.netCents, vatCents: t.vatCents, grossCents: t.grossCents, vatBreakdown: t.vatBreakdown };
}

const EMPTY_PLAN = (): HistoryPlan => ({
  quotes: [], orders: [], deliveryNotes: [], invoices: [], creditNotes: [], payments: [], reminders: [], sequences: [], openingDay: null, netOutMilli: new Map(), movements: [],
});

/**
 * Plans the history of a scenario document (raw or validated). `issues` is empty for a valid
 * scenario; the plan is only meaningful then.
 */
export function planHistory(doc: unknown): { plan: HistoryPlan; issues: PlanIssue[] } {
  const issues: PlanIssue[] = [];
  const plan = EMPTY_PLAN();
  if (!isObj(doc) || !isObj(doc.history)) return { plan, issues };
  const history = doc.history;
  const fail = (path: Path, message: string) => issues.push({ path, message });
  const H = (list: string, i: number, ...rest: Path): Path => ['history', list, i, ...rest];

  const scenarioDay = str(doc.scenarioDate)?.slice(0, 10);
  const companyTerms = (isObj(doc.cgv) && str(doc.cgv.paymentTerms)) || 'net_30';

  // --- catalogue and third parties ---------------------------------------------------------------
  const products = new Map<string, ProductInfo>();
  for (const [p, i] of objects(doc.products)) {
    const reference = str(p.reference);
    if (!reference || products.has(reference)) continue;
    products.set(reference, {
      index: i, reference, label: str(p.label) ?? reference, unit: str(p.unit) ?? 'unité', type: str(p.type),
      salePriceCents: centsOf(p.salePrice), vatRateBp: bpOf(p.vatRate), openingStockMilli: milliOf(p.openingStock) ?? 0,
    });
  }
  const parties = new Map<string, PartyInfo>();
  for (const [t] of objects(doc.thirdParties)) {
    const code = str(t.code);
    if (!code || parties.has(code)) continue;
    const country = isObj(t.billingAddress) ? str(t.billingAddress.country) ?? 'FR' : 'FR';
    const zone = zoneOfCountry(country);
    const customerType = str(t.customerType) === 'b2c' ? 'b2c' : 'b2b';
    parties.set(code, {
      code, roles: Array.isArray(t.roles) ? t.roles.filter((r): r is string => typeof r === 'string') : [], customerType,
      contacts: objects(t.contacts).map(([k]) => `${str(k.firstName) ?? ''} ${str(k.lastName) ?? ''}`.trim()),
      language: str(t.language) === 'en' ? 'en' : 'fr', zone,
      regime: vatRegimeOf({ zone, customerType, vatNumber: str(t.vatNumber) ?? null } as ThirdParty),
      paymentTerms: str(t.paymentTerms), paymentMethod: str(t.paymentMethod),
    });
  }

  /** The tier of a `client` field: it exists and has one of the roles. */
  const partyAt = (code: string | undefined, path: Path, roles: string[]): PartyInfo | undefined => {
    if (code === undefined) return undefined;
    const party = parties.get(code);
    if (!party) {
      fail(path, `tiers « ${code} » inconnu : aucun thirdParties[].code ne porte ce code`);
      return undefined;
    }
    if (!roles.some((r) => party.roles.includes(r))) {
      fail(path, `le tiers ${code} n'a pas le rôle ${roles.join(' ou ')} (roles: [${party.roles.join(', ')}])`);
      return undefined;
    }
    return party;
  };

  // --- dates, local keys and numbers -------------------------------------------------------------
  const LISTS = [
    ['quotes', 'quote'],
    ['orders', 'order'],
    ['deliveryNotes', 'delivery-note'],
    ['invoices', 'invoice'],
    ['creditNotes', 'credit-note'],
  ] as const;
  type ListName = (typeof LISTS)[number][0];
  const refs = {} as Record<ListName, Map<string, number>>;
  const dates = {} as Record<ListName, Map<number, string>>;
  const numbers = {} as Record<ListName, Map<number, string>>;
  const allDays: string[] = [];
  for (const [list, type] of LISTS) {
    refs[list] = new Map();
    dates[list] = new Map();
    numbers[list] = new Map();
    for (const [item, i] of objects(history[list])) {
      const ref = str(item.ref);
      if (ref !== undefined) {
        const first = refs[list].get(ref);
        if (first !== undefined) fail(H(list, i, 'ref'), `clé locale en double : « ${ref} » (déjà utilisée par history.${list}[${first}])`);
        else refs[list].set(ref, i);
      }
      const day = str(item.date);
      if (!isDay(day)) continue;
      if (scenarioDay && isDay(scenarioDay) && day >= scenarioDay) {
        fail(H(list, i, 'date'), `date ${day} : l'historique doit précéder la date du scénario (${scenarioDay})`);
      }
      dates[list].set(i, day);
      allDays.push(day);
    }
    // Numbers per type and year, in date order (list order within a day), as the services would have given them.
    const chrono = [...dates[list].entries()].sort(([a, da], [b, db]) => (da < db ? -1 : da > db ? 1 : a - b));
    const counters = new Map<number, number>();
    for (const [i, day] of chrono) {
      const year = Number(day.slice(0, 4));
      const value = (counters.get(year) ?? 0) + 1;
      counters.set(year, value);
      numbers[list].set(i, formatNumber(type, year, value));
    }
    for (const [year, lastValue] of [...counters.entries()].sort((a, b) => a[0] - b[0])) plan.sequences.push({ type, year, lastValue });
  }
  plan.openingDay = allDays.length ? allDays.sort()[0]! : null;

  /** Items of a list with a valid date, in number order. */
  const chronological = (list: ListName): [Obj, number, string][] =>
    objects(history[list])
      .filter(([, i]) => dates[list].has(i))
      .map(([item, i]) => [item, i, dates[list].get(i)!] as [Obj, number, string])
      .sort(([, a, da], [, b, db]) => (da < db ? -1 : da > db ? 1 : a - b));

  /** A list index from a local key, or an issue on the referring field (with the nearest key as a hint). */
  const lookup = (list: ListName, ref: string | undefined, path: Path, what: string): number | undefined => {
    if (ref === undefined) return undefined;
    const index = refs[list].get(ref);
    if (index === undefined) {
      const known = [...refs[list].keys()];
      const nearest = known.map((k) => [k, distance(k, ref)] as const).sort((a, b) => a[1] - b[1])[0];
      const hint = nearest && nearest[1] <= Math.max(2, Math.floor(ref.length / 3)) ? ` (vouliez-vous dire « ${nearest[0]} » ?)` : known.length ? '' : ' (liste vide)';
      fail(path, `${what} « ${ref} » : aucune clé ref de history.${list} ne porte ce nom${hint}`);
    }
    return index;
  };

  const notBefore = (day: string, other: string, path: Path, what: string) => {
    if (day < other) fail(path, `date ${day} antérieure ${what} (${other})`);
  };

  /**
   * One priced line: a product of the catalogue (its label, unit, price and rate unless given), a
   * free line (label, unitPrice and vatRate required) or, with `base`, a copy of an order line
   * whose terms the given fields override.
   */
  const resolveLine = (raw: Obj, path: Path, position: number, base?: PlannedLine): PlannedLine | null => {
    const ref = str(raw.product);
    const product = ref !== undefined ? products.get(ref) : undefined;
    let ok = true;
    if (ref !== undefined && !product) {
      fail([...path, 'product'], `article « ${ref} » inconnu : aucune products[].reference ne porte cette référence`);
      ok = false;
    }
    if (base && ref !== undefined && product && ref !== base.productRef) {
      fail([...path, 'product'], `l'article ${ref} ne correspond pas à la ligne ${base.position} de la commande (${base.productRef ?? base.label})`);
      ok = false;
    }
    if (!base && raw.product === undefined) {
      if (raw.label === undefined) fail([...path, 'label'], 'libellé obligatoire pour une ligne libre (sans product)');
      if (raw.unitPrice === undefined) fail([...path, 'unitPrice'], 'prix unitaire obligatoire pour une ligne libre (sans product)');
      if (raw.vatRate === undefined) fail([...path, 'vatRate'], 'taux de TVA obligatoire pour une ligne libre (sans product)');
    }
    const quantity = milliOf(raw.quantity);
    if (quantity === 0) fail([...path, 'quantity'], 'quantité nulle : une ligne porte une quantité supérieure à 0');
    const price = raw.unitPrice === undefined ? base?.unitPriceCents ?? product?.salePriceCents : centsOf(raw.unitPrice);
    const discount = raw.discount === undefined ? base?.discountBp ?? 0 : bpOf(raw.discount);
    const rate = raw.vatRate === undefined ? base?.vatRateBp ?? product?.vatRateBp : bpOf(raw.vatRate);
    const label = str(raw.label) ?? base?.label ?? product?.label;
    if (!ok || !quantity || price === undefined || discount === undefined || rate === undefined || label === undefined) return null;
    return {
      position, productRef: base?.productRef ?? product?.reference ?? null, label, unit: str(raw.unit) ?? base?.unit ?? product?.unit ?? 'unité',
      quantity: fromMilli(quantity), unitPriceCents: price, discountBp: discount, vatRateBp: rate, netCents: 0,
    };
  };

  /** The lines of a document; null when one of them is invalid (the issue is reported). */
  const resolveLines = (raw: unknown, path: Path): PlannedLine[] | null => {
    const lines: PlannedLine[] = [];
    let ok = true;
    for (const [line, j] of objects(raw)) {
      const l = resolveLine(line, [...path, j], lines.length + 1);
      if (l) lines.push(l);
      else ok = false;
    }
    return ok && lines.length ? lines : null;
  };

  // --- quotes ------------------------------------------------------------------------------------
  const quotes = new Map<number, PlannedQuote & { decisionDay: string | undefined }>();
  for (const [q, i, day] of chronological('quotes')) {
    const client = partyAt(str(q.client), H('quotes', i, 'client'), ['client', 'prospect']);
    const status = str(q.status) as PlannedQuote['status'] | undefined;
    const validUntil = str(q.validUntil) ?? addDays(day, 30);
    if (isDay(validUntil) && validUntil < day) fail(H('quotes', i, 'validUntil'), `validité ${validUntil} antérieure à la date du devis (${day})`);
    const decisionDay = str(q.decisionDate);
    if (decisionDay !== undefined && isDay(decisionDay)) {
      if (status !== 'accepted' && status !== 'refused') fail(H('quotes', i, 'decisionDate'), 'decisionDate réservée aux devis acceptés (accepted) ou refusés (refused)');
      notBefore(decisionDay, day, H('quotes', i, 'decisionDate'), 'à la date du devis');
      if (scenarioDay && decisionDay >= scenarioDay) fail(H('quotes', i, 'decisionDate'), `date ${decisionDay} : l'historique doit précéder la date du scénario (${scenarioDay})`);
      if (status === 'accepted' && decisionDay > validUntil) fail(H('quotes', i, 'decisionDate'), `devis accepté le ${decisionDay}, après sa date de validité (${validUntil})`);
    }
    const lines = resolveLines(q.lines, H('quotes', i, 'lines'));
    if (!client || !status || !lines) continue;
    quotes.set(i, {
      index: i, ref: str(q.ref) ?? String(i), number: numbers.quotes.get(i)!, date: day, client: client.code, language: client.language, vatRegime: client.regime,
      notes: str(q.notes) ?? null, at: at(day, TIME.quote), status, validUntil,
      paymentTerms: client.paymentTerms ?? companyTerms, paymentMethod: client.paymentMethod ?? null,
      sentAt: status === 'validated' ? null : at(day, TIME.sent), decidedAt: null, lines, totals: totalsOf(lines, client.regime), decisionDay,
    });
  }

  // --- orders ------------------------------------------------------------------------------------
  const orders = new Map<number, PlannedOrder>();
  const convertedBy = new Map<number, number>();
  for (const [o, i, day] of chronological('orders')) {
    const quoteIndex = lookup('quotes', str(o.quote), H('orders', i, 'quote'), 'devis');
    const quote = quoteIndex !== undefined ? quotes.get(quoteIndex) : undefined;
    const cancelled = str(o.status) === 'cancelled';
    let ok = true;
    if (quote) {
      if (quote.status !== 'accepted') {
        fail(H('orders', i, 'quote'), `le devis « ${quote.ref} » a le statut ${quote.status} : seul un devis accepté (accepted) devient une commande`);
        ok = false;
      }
      notBefore(day, quote.date, H('orders', i, 'date'), 'au devis');
      if (quote.decisionDay && isDay(quote.decisionDay)) notBefore(day, quote.decisionDay, H('orders', i, 'date'), "à l'acceptation du devis");
      else if (quote.status === 'accepted' && day > quote.validUntil) {
        fail(H('orders', i, 'date'), `commande du ${day} sur le devis « ${quote.ref} » expiré le ${quote.validUntil} : indiquer la date d'acceptation (decisionDate) du devis`);
      }
      if (!cancelled) {
        const other = convertedBy.get(quote.index);
        if (other !== undefined) {
          fail(H('orders', i, 'quote'), `le devis « ${quote.ref} » est déjà transformé en commande (history.orders[${other}])`);
          ok = false;
        } else convertedBy.set(quote.index, i);
      }
    }
    const clientCode = str(o.client);
    if (clientCode === undefined && o.quote === undefined) fail(H('orders', i), 'client obligatoire (ou quote: le devis dont la commande reprend le client et les lignes)');
    if (clientCode !== undefined && quote && clientCode !== quote.client) {
      fail(H('orders', i, 'client'), `le client ${clientCode} n'est pas celui du devis « ${quote.ref} » (${quote.client})`);
      ok = false;
    }
    let client: PartyInfo | undefined;
    if (clientCode === undefined && quote && !parties.get(quote.client)?.roles.includes('client')) {
      fail(H('orders', i, 'quote'), `le devis « ${quote.ref} » est adressé au prospect ${quote.client} : un prospect devient client avant sa première commande`);
    } else client = partyAt(clientCode ?? quote?.client, H('orders', i, 'client'), ['client']);
    let lines: PlannedLine[] | null = null;
    if (o.lines !== undefined) lines = resolveLines(o.lines, H('orders', i, 'lines'));
    else if (quote) lines = quote.lines.map((l) => ({ ...l }));
    else if (o.quote === undefined) fail(H('orders', i, 'lines'), 'lignes obligatoires pour une commande sans devis');
    if (!client || !lines || !ok) continue;
    orders.set(i, {
      index: i, ref: str(o.ref) ?? String(i), number: numbers.orders.get(i)!, date: day, client: client.code, language: client.language, vatRegime: client.regime,
      notes: str(o.notes) ?? null, at: at(day, TIME.order), quoteIndex: quote?.index ?? null, clientReference: str(o.clientReference) ?? null,
      requestedDeliveryDate: str(o.requestedDeliveryDate) ?? null,
      paymentTerms: quote?.paymentTerms ?? client.paymentTerms ?? companyTerms, paymentMethod: quote ? quote.paymentMethod : client.paymentMethod ?? null,
      status: cancelled ? 'cancelled' : 'validated', cancelledAt: cancelled ? at(day, TIME.cancel) : null, updatedAt: cancelled ? at(day, TIME.cancel) : at(day, TIME.order),
      lines, totals: totalsOf(lines, client.regime),
    });
    const rd = str(o.requestedDeliveryDate);
    if (rd && isDay(rd) && rd < day) fail(H('orders', i, 'requestedDeliveryDate'), `date de livraison souhaitée ${rd} antérieure à la commande (${day})`);
  }
  // Decision dates of accepted quotes: given, or the day of their order.
  for (const q of quotes.values()) {
    if (q.status === 'refused') q.decidedAt = at(q.decisionDay ?? q.date, TIME.decided);
    if (q.status === 'accepted') {
      const order = convertedBy.has(q.index) ? orders.get(convertedBy.get(q.index)!) : undefined;
      q.decidedAt = at(q.decisionDay ?? order?.date ?? q.date, TIME.decided);
    }
  }

  // --- delivery notes ----------------------------------------------------------------------------
  const deliveredMilli = new Map<number, number[]>(); // order index → per line
  const deliveredOf = (o: PlannedOrder) => deliveredMilli.get(o.index) ?? deliveredMilli.set(o.index, o.lines.map(() => 0)).get(o.index)!;
  const notes = new Map<number, PlannedDeliveryNote>();
  for (const [n, i, day] of chronological('deliveryNotes')) {
    const orderIndex = lookup('orders', str(n.order), H('deliveryNotes', i, 'order'), 'commande');
    const order = orderIndex !== undefined ? orders.get(orderIndex) : undefined;
    if (!order) continue;
    if (order.status === 'cancelled') {
      fail(H('deliveryNotes', i, 'order'), `la commande « ${order.ref} » est annulée : rien à livrer`);
      continue;
    }
    notBefore(day, order.date, H('deliveryNotes', i, 'date'), 'à la commande');
    const client = parties.get(order.client)!;
    if (client.zone === 'export' && n.incoterm === undefined) fail(H('deliveryNotes', i, 'incoterm'), `incoterm obligatoire pour une livraison à l'export (client ${client.code})`);
    const delivered = deliveredOf(order);
    const wanted: { position: number; milli: number; path: Path }[] = [];
    let ok = true;
    if (n.lines !== undefined) {
      for (const [l, j] of objects(n.lines)) {
        const position = num(l.line);
        const milli = milliOf(l.quantity);
        if (position === undefined || !Number.isInteger(position) || milli === undefined) {
          ok = false;
          continue;
        }
        if (position < 1 || position > order.lines.length) {
          fail(H('deliveryNotes', i, 'lines', j, 'line'), `ligne ${position} inexistante : la commande « ${order.ref} » a ${order.lines.length} ligne(s)`);
          ok = false;
        } else if (milli === 0) {
          fail(H('deliveryNotes', i, 'lines', j, 'quantity'), 'quantité nulle : une ligne de livraison porte une quantité supérieure à 0');
          ok = false;
        } else wanted.push({ position, milli, path: H('deliveryNotes', i, 'lines', j, 'quantity') });
      }
    } else {
      order.lines.forEach((l, k) => {
        const left = toMilli(l.quantity) - delivered[k]!;
        if (left > 0) wanted.push({ position: k + 1, milli: left, path: H('deliveryNotes', i) });
      });
      if (!wanted.length) {
        fail(H('deliveryNotes', i), `rien à livrer : la commande « ${order.ref} » est entièrement livrée`);
        ok = false;
      }
    }
    for (const w of wanted) {
      const k = w.position - 1;
      const left = toMilli(order.lines[k]!.quantity) - delivered[k]!;
      if (w.milli > left) {
        fail(w.path, `livraison de ${qtyText(w.milli)} supérieure au reste à livrer de la ligne ${w.position} de la commande « ${order.ref} » (${qtyText(left)})`);
        ok = false;
      } else delivered[k] = delivered[k]! + w.milli;
    }
    if (!ok) continue;
    const note: PlannedDeliveryNote = {
      index: i, ref: str(n.ref) ?? String(i), number: numbers.deliveryNotes.get(i)!, date: day, client: order.client, language: order.language, vatRegime: order.vatRegime,
      notes: str(n.notes) ?? null, at: at(day, TIME.delivery), orderIndex: order.index, carrier: str(n.carrier) ?? null, incoterm: str(n.incoterm) ?? null,
      lines: wanted.map((w, k) => {
        const ol = order.lines[w.position - 1]!;
        return { position: k + 1, orderLine: { orderIndex: order.index, position: w.position }, productRef: ol.productRef, label: ol.label, unit: ol.unit, quantity: fromMilli(w.milli) };
      }),
    };
    notes.set(i, note);
    order.status = order.lines.every((l, k) => delivered[k]! >= toMilli(l.quantity)) ? 'delivered' : 'partially_delivered';
    order.updatedAt = note.at;
    for (const l of note.lines) {
      const product = l.productRef ? products.get(l.productRef) : undefined;
      if (product?.type !== 'good') continue;
      plan.movements.push({
        productRef: product.reference, at: note.at, type: 'out', quantity: -l.quantity, reason: `Livraison ${note.number} (commande ${order.number})`,
        sourceType: 'delivery-note', sourceIndex: i,
      });
    }
  }

  // --- invoices ----------------------------------------------------------------------------------
  const invoices = new Map<number, PlannedInvoice>();
  const invoicedMilli = new Map<number, number[]>(); // order index → per line (final invoices)
  const invoicedOf = (o: PlannedOrder) => invoicedMilli.get(o.index) ?? invoicedMilli.set(o.index, o.lines.map(() => 0)).get(o.index)!;
  const noteInvoicedBy = new Map<number, number>();
  const depositTakenBy = new Map<number, number>();
  for (const [f, i, day] of chronological('invoices')) {
    const type = str(f.type) === 'deposit' ? 'deposit' : 'invoice';
    let ok = true;
    const orderIndex = lookup('orders', str(f.order), H('invoices', i, 'order'), 'commande');
    let order = orderIndex !== undefined ? orders.get(orderIndex) : undefined;
    if (f.order !== undefined && !order) ok = false;

    // delivery notes
    const noteList: PlannedDeliveryNote[] = [];
    if (Array.isArray(f.deliveryNotes)) {
      f.deliveryNotes.forEach((r, k) => {
        const path = H('invoices', i, 'deliveryNotes', k);
        const index = lookup('deliveryNotes', str(r), path, 'bon de livraison');
        const note = index !== undefined ? notes.get(index) : undefined;
        if (!note) {
          ok = false;
          return;
        }
        const by = noteInvoicedBy.get(note.index);
        if (by !== undefined) {
          fail(path, `le bon de livraison « ${note.ref} » est déjà facturé par history.invoices[${by}] (une facture en double se saisit avec lines:)`);
          ok = false;
        } else if (noteList.includes(note)) {
          fail(path, `bon de livraison « ${note.ref} » cité deux fois`);
          ok = false;
        } else if (order && note.orderIndex !== order.index) {
          fail(path, `le bon de livraison « ${note.ref} » appartient à la commande « ${orders.get(note.orderIndex)!.ref} », pas à « ${order.ref} »`);
          ok = false;
        } else if (noteList.length && note.client !== noteList[0]!.client) {
          fail(path, `le bon de livraison « ${note.ref} » est celui d'un autre client (${note.client}, pas ${noteList[0]!.client})`);
          ok = false;
        } else {
          notBefore(day, note.date, H('invoices', i, 'date'), `à la livraison « ${note.ref} »`);
          noteList.push(note);
        }
      });
    }
    const noteOrders = [...new Set(noteList.map((n) => n.orderIndex))];
    if (!order && noteOrders.length === 1) order = orders.get(noteOrders[0]!);
    if (order?.status === 'cancelled') {
      fail(H('invoices', i, 'order'), `la commande « ${order.ref} » est annulée : rien à facturer`);
      ok = false;
    }
    if (order && f.order !== undefined) notBefore(day, order.date, H('invoices', i, 'date'), 'à la commande');

    // client
    const clientCode = str(f.client);
    const derived = order?.client ?? noteList[0]?.client;
    if (clientCode !== undefined && derived !== undefined && clientCode !== derived) {
      fail(H('invoices', i, 'client'), `le client ${clientCode} n'est pas celui de la commande ou des livraisons facturées (${derived})`);
      ok = false;
    }
    if (clientCode === undefined && derived === undefined && f.order === undefined && f.deliveryNotes === undefined) {
      fail(H('invoices', i), 'client obligatoire pour une facture sans commande ni bon de livraison');
    }
    const client = derived !== undefined ? parties.get(derived) : partyAt(clientCode, H('invoices', i, 'client'), ['client']);
    if (!client) continue;

    const base = {
      index: i, ref: str(f.ref) ?? String(i), number: numbers.invoices.get(i)!, date: day, client: client.code, language: client.language, vatRegime: client.regime,
      notes: str(f.notes) ?? null, at: at(day, TIME.invoice),
    };

    if (type === 'deposit') {
      if (f.order === undefined) fail(H('invoices', i, 'order'), "commande obligatoire pour une facture d'acompte (type: deposit)");
      if (f.deliveryNotes !== undefined) fail(H('invoices', i, 'deliveryNotes'), "une facture d'acompte ne porte pas de bon de livraison");
      if (f.lines !== undefined) fail(H('invoices', i, 'lines'), "une facture d'acompte n'a pas de lignes : elles se calculent depuis la commande et depositPercent");
      const percentBp = bpOf(f.depositPercent);
      if (f.depositPercent === undefined) fail(H('invoices', i, 'depositPercent'), "depositPercent obligatoire pour une facture d'acompte (ex. 30)");
      else if (percentBp === 0) fail(H('invoices', i, 'depositPercent'), "pourcentage d'acompte nul");
      if (!ok || !order || f.order === undefined || !percentBp || f.deliveryNotes !== undefined || f.lines !== undefined) continue;
      // As InvoicesService.deposit: one line per VAT rate of the order, the percentage of the rate's base.
      const label = `Acompte de ${percentBp / 100} % sur la commande ${order.number}`;
      const lines: PlannedInvoiceLine[] = order.totals.vatBreakdown.map((rate, k) => ({
        position: k + 1, productRef: null, label: order!.totals.vatBreakdown.length > 1 ? `${label} (part à ${rate.rateBp / 100} %)` : label,
        unit: 'forfait', quantity: 1, unitPriceCents: Number((BigInt(rate.baseCents) * BigInt(percentBp) * 2n + 10_000n) / 20_000n),
        discountBp: 0, vatRateBp: rate.rateBp, netCents: 0, orderLine: null, deliveryNoteLine: null,
      }));
      const already = [...invoices.values()].filter((x) => x.type === 'deposit' && x.orderIndex === order!.index).reduce((s, x) => s + x.totals.netCents, 0);
      if (already + lines.reduce((s, l) => s + l.unitPriceCents, 0) > order.totals.netCents) {
        fail(H('invoices', i, 'depositPercent'), `les acomptes dépasseraient le montant HT de la commande « ${order.ref} »`);
        continue;
      }
      invoices.set(i, {
        ...base, type, orderIndex: order.index, deliveryNoteIndexes: [], depositInvoiceIndexes: [], depositBp: percentBp, clientReference: order.clientReference,
        paymentTerms: 'on_receipt', paymentMethod: order.paymentMethod ?? client.paymentMethod ?? 'transfer', dueDate: day, deliveryDate: null,
        lines, totals: totalsOf(lines, client.regime),
      });
      continue;
    }

    if (f.depositPercent !== undefined) fail(H('invoices', i, 'depositPercent'), "depositPercent réservé aux factures d'acompte (type: deposit)");
    const singleOrder = order !== undefined && (noteOrders.length <= 1) ? order : undefined;
    let lines: PlannedInvoiceLine[] = [];
    if (f.lines !== undefined) {
      // Typed (or corrected) lines; `orderLine: n` takes the order line's terms and links the line to it.
      for (const [l, j] of objects(f.lines)) {
        const path = H('invoices', i, 'lines', j);
        const position = num(l.orderLine);
        let baseLine: PlannedLine | undefined;
        if (position !== undefined) {
          if (!singleOrder) {
            fail([...path, 'orderLine'], "orderLine suppose une facture rattachée à une seule commande (order: ou deliveryNotes: d'une commande)");
            ok = false;
            continue;
          }
          baseLine = singleOrder.lines[position - 1];
          if (!baseLine) {
            fail([...path, 'orderLine'], `ligne ${position} inexistante : la commande « ${singleOrder.ref} » a ${singleOrder.lines.length} ligne(s)`);
            ok = false;
            continue;
          }
        }
        const line = resolveLine(l, path, lines.length + 1, baseLine);
        if (!line) {
          ok = false;
          continue;
        }
        lines.push({ ...line, orderLine: baseLine ? { orderIndex: singleOrder!.index, position: position! } : null, deliveryNoteLine: null });
      }
    } else if (noteList.length) {
      // As InvoicesService.fromDeliveryNotes: what was delivered, priced as ordered.
      for (const note of noteList) {
        const o = orders.get(note.orderIndex)!;
        for (const dl of note.lines) {
          const ol = o.lines[dl.orderLine.position - 1]!;
          lines.push({ ...ol, position: lines.length + 1, quantity: dl.quantity, netCents: 0, orderLine: dl.orderLine, deliveryNoteLine: { noteIndex: note.index, position: dl.position } });
        }
      }
    } else if (order) {
      // As InvoicesService.fromOrder: what is left to invoice (ordered − invoiced).
      const invoiced = invoicedOf(order);
      order.lines.forEach((ol, k) => {
        const left = toMilli(ol.quantity) - invoiced[k]!;
        if (left > 0) lines.push({ ...ol, position: lines.length + 1, quantity: fromMilli(left), netCents: 0, orderLine: { orderIndex: order!.index, position: k + 1 }, deliveryNoteLine: null });
      });
      if (!lines.length && ok) {
        fail(H('invoices', i), `rien à facturer : la commande « ${order.ref} » est entièrement facturée (une facture en double se saisit avec lines:)`);
        ok = false;
      }
    } else if (f.deliveryNotes === undefined && f.order === undefined) {
      fail(H('invoices', i, 'lines'), 'lignes obligatoires pour une facture sans commande ni bon de livraison');
      ok = false;
    }
    if (!ok || !lines.length) continue;
    for (const l of lines) {
      if (!l.orderLine) continue;
      const o = orders.get(l.orderLine.orderIndex)!;
      const inv = invoicedOf(o);
      inv[l.orderLine.position - 1] = inv[l.orderLine.position - 1]! + toMilli(l.quantity);
    }
    for (const n of noteList) noteInvoicedBy.set(n.index, i);
    // The order's validated deposits that no invoice deducts yet are deducted (InvoicesService.depositDeductions).
    const depositIndexes: number[] = [];
    if (singleOrder) {
      for (const d of invoices.values()) {
        if (d.type !== 'deposit' || d.orderIndex !== singleOrder.index || depositTakenBy.has(d.index)) continue;
        depositTakenBy.set(d.index, i);
        depositIndexes.push(d.index);
        for (const dl of d.lines) {
          lines.push({
            position: lines.length + 1, productRef: null, label: `Déduction de l'acompte ${d.number} du ${frDate(d.date)}`, unit: 'forfait', quantity: -1,
            unitPriceCents: dl.netCents, discountBp: 0, vatRateBp: dl.vatRateBp, netCents: 0, orderLine: null, deliveryNoteLine: null,
          });
        }
      }
    }
    const sourceOrders = noteList.length ? noteOrders.map((k) => orders.get(k)!) : order ? [order] : [];
    const first = sourceOrders[0];
    const paymentTerms = first ? first.paymentTerms : client.paymentTerms ?? companyTerms;
    const lastDelivery = noteList.map((n) => n.date).sort().at(-1) ?? null;
    invoices.set(i, {
      ...base, type, orderIndex: singleOrder?.index ?? null, deliveryNoteIndexes: noteList.map((n) => n.index), depositInvoiceIndexes: depositIndexes, depositBp: null,
      clientReference: [...new Set(sourceOrders.map((o) => o.clientReference).filter(Boolean))].join(', ') || null,
      paymentTerms, paymentMethod: first?.paymentMethod ?? client.paymentMethod ?? 'transfer', dueDate: dueDate(day, paymentTerms as PaymentTerms),
      deliveryDate: lastDelivery && lastDelivery !== day ? lastDelivery : null, lines, totals: totalsOf(lines, client.regime),
    });
  }

  // --- credit notes ------------------------------------------------------------------------------
  const credits = new Map<number, PlannedCreditNote>();
  for (const [c, i, day] of chronological('creditNotes')) {
    const invoiceIndex = lookup('invoices', str(c.invoice), H('creditNotes', i, 'invoice'), 'facture');
    const invoice = invoiceIndex !== undefined ? invoices.get(invoiceIndex) : undefined;
    if (!invoice) continue;
    notBefore(day, invoice.date, H('creditNotes', i, 'date'), 'à la facture');
    const reason = str(c.reason) ?? '';
    let ok = true;
    let lines: PlannedCreditNote['lines'] = [];
    if (c.amount !== undefined) {
      if (c.lines !== undefined) {
        fail(H('creditNotes', i, 'amount'), 'amount (geste commercial) ou lines (retour de lignes de la facture), pas les deux');
        ok = false;
      }
      const amount = centsOf(c.amount);
      if (amount === 0) fail(H('creditNotes', i, 'amount'), 'montant nul');
      if (!amount) ok = false;
      else {
        const rate = invoice.vatRegime === 'standard' ? invoice.totals.vatBreakdown[0]?.rateBp ?? 2000 : 0;
        lines = [{ position: 1, productRef: null, label: `Geste commercial sur la facture ${invoice.number} : ${reason}`, unit: 'forfait', quantity: 1, unitPriceCents: amount, discountBp: 0, vatRateBp: rate, netCents: 0, invoiceLine: null }];
      }
    } else {
      const wanted: { position: number; milli: number }[] = [];
      if (c.lines !== undefined) {
        for (const [l, j] of objects(c.lines)) {
          const position = num(l.line);
          if (position === undefined || !Number.isInteger(position)) {
            ok = false;
            continue;
          }
          const il = invoice.lines[position - 1];
          if (!il) {
            fail(H('creditNotes', i, 'lines', j, 'line'), `ligne ${position} inexistante : la facture « ${invoice.ref} » a ${invoice.lines.length} ligne(s)`);
            ok = false;
            continue;
          }
          const milli = l.quantity === undefined ? toMilli(il.quantity) : milliOf(l.quantity);
          if (milli === undefined) {
            ok = false;
          } else if (milli === 0 || milli > toMilli(il.quantity)) {
            fail(H('creditNotes', i, 'lines', j, 'quantity'), milli === 0 ? 'quantité nulle' : `quantité supérieure à la quantité facturée (${il.quantity})`);
            ok = false;
          } else wanted.push({ position, milli });
        }
      } else {
        invoice.lines.forEach((l, k) => l.quantity > 0 && wanted.push({ position: k + 1, milli: toMilli(l.quantity) }));
      }
      lines = wanted.map((w, k) => {
        const il = invoice.lines[w.position - 1]!;
        return { position: k + 1, productRef: il.productRef, label: il.label, unit: il.unit, quantity: fromMilli(w.milli), unitPriceCents: il.unitPriceCents, discountBp: il.discountBp, vatRateBp: il.vatRateBp, netCents: 0, invoiceLine: w.position };
      });
    }
    if (!ok || !lines.length) continue;
    const totals = totalsOf(lines, invoice.vatRegime);
    const already = [...credits.values()].filter((x) => x.invoiceIndex === invoice.index).reduce((s, x) => s + x.totals.grossCents, 0);
    if (already + totals.grossCents > invoice.totals.grossCents) {
      fail(H('creditNotes', i), `les avoirs dépasseraient le montant TTC de la facture « ${invoice.ref} »`);
      continue;
    }
    const restock = c.restock === true && c.amount === undefined;
    const note: PlannedCreditNote = {
      index: i, ref: str(c.ref) ?? String(i), number: numbers.creditNotes.get(i)!, date: day, client: invoice.client, language: invoice.language, vatRegime: invoice.vatRegime,
      notes: null, at: at(day, TIME.credit), invoiceIndex: invoice.index, reason, restock, lines, totals,
    };
    credits.set(i, note);
    if (restock) {
      for (const l of lines) {
        const product = l.productRef ? products.get(l.productRef) : undefined;
        if (product?.type !== 'good' || l.quantity <= 0) continue;
        plan.movements.push({
          productRef: product.reference, at: note.at, type: 'in', quantity: l.quantity, reason: `Retour client, avoir ${note.number} (facture ${invoice.number})`,
          sourceType: 'credit-note', sourceIndex: i,
        });
      }
    }
  }

  // --- stock: the opening movement is what is on hand at the scenario date plus what the history took out
  plan.movements.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const m of plan.movements) plan.netOutMilli.set(m.productRef, (plan.netOutMilli.get(m.productRef) ?? 0) - toMilli(m.quantity));
  const running = new Map<string, number>();
  for (const [ref, out] of plan.netOutMilli) {
    const product = products.get(ref)!;
    const opening = product.openingStockMilli + out;
    running.set(ref, opening);
    if (opening < 0) fail(['products', product.index, 'openingStock'], `stock négatif avant l'historique : les retours de l'historique dépassent les livraisons et le stock d'ouverture de ${ref}`);
  }
  for (const m of plan.movements) {
    const v = running.get(m.productRef)! + toMilli(m.quantity);
    running.set(m.productRef, v);
    if (v < 0) {
      fail(['history', m.sourceType === 'delivery-note' ? 'deliveryNotes' : 'creditNotes', m.sourceIndex], `stock de ${m.productRef} négatif (${qtyText(v)}) après ce mouvement du ${m.at.slice(0, 10)}`);
    }
  }

  // --- payments ----------------------------------------------------------------------------------
  // Balances move in date order: an invoice's balance on a day is its amount TTC minus the credit notes
  // and the payments allocated to it up to that day (as invoice-balance.ts and invoice-claims.ts count them).
  const creditsOf = (invoiceIndex: number, upTo: string) =>
    [...credits.values()].filter((c) => c.invoiceIndex === invoiceIndex && c.date <= upTo).map((c) => ({ date: c.date, amountCents: c.totals.grossCents }));
  const allocatedTo = new Map<number, { date: string; amountCents: number }[]>();
  const paidOf = (invoiceIndex: number, upTo: string) => (allocatedTo.get(invoiceIndex) ?? []).filter((p) => p.date <= upTo);
  const sum = (xs: { amountCents: number }[]) => xs.reduce((s, x) => s + x.amountCents, 0);
  const balanceOn = (f: PlannedInvoice, day: string) => f.totals.grossCents - sum(creditsOf(f.index, day)) - sum(paidOf(f.index, day));
  const euros = (c: number) => `${(c / 100).toFixed(2).replace('.', ',')} €`;
  const invoiceName = (f: PlannedInvoice) => `« ${f.ref} » (${f.number})`;

  const paymentRefs = new Map<string, number>();
  const paymentItems = objects(history.payments)
    .map(([p, i]) => [p, i, str(p.date)] as [Obj, number, string | undefined])
    .filter(([p, i, day]) => {
      const ref = str(p.ref);
      if (ref !== undefined) {
        const first = paymentRefs.get(ref);
        if (first !== undefined) fail(H('payments', i, 'ref'), `clé locale en double : « ${ref} » (déjà utilisée par history.payments[${first}])`);
        else paymentRefs.set(ref, i);
      }
      if (!isDay(day)) return false;
      if (scenarioDay && isDay(scenarioDay) && day > scenarioDay) fail(H('payments', i, 'date'), `règlement du ${day} postérieur à la date du scénario (${scenarioDay})`);
      return true;
    })
    .sort(([, a, da], [, b, db]) => (da! < db! ? -1 : da! > db! ? 1 : a - b));
  for (const [p, i, day] of paymentItems as [Obj, number, string][]) {
    const client = partyAt(str(p.client), H('payments', i, 'client'), ['client']);
    const amount = centsOf(p.amount);
    if (amount === 0) fail(H('payments', i, 'amount'), 'montant nul : un règlement porte un montant supérieur à 0');
    if (!client || !amount) continue;
    let allocations: { invoiceIndex: number; amountCents: number }[] = [];
    let ok = true;
    if (p.allocations !== undefined) {
      const seen = new Set<number>();
      for (const [a, j] of objects(p.allocations)) {
        const at = (...rest: Path) => H('payments', i, 'allocations', j, ...rest);
        const index = lookup('invoices', str(a.invoice), at('invoice'), 'facture');
        const invoice = index !== undefined ? invoices.get(index) : undefined;
        const cents = centsOf(a.amount);
        if (!invoice || cents === undefined) {
          ok = false;
          continue;
        }
        if (invoice.client !== client.code) {
          fail(at('invoice'), `la facture ${invoiceName(invoice)} est adressée au client ${invoice.client}, pas à ${client.code}`);
          ok = false;
        } else if (seen.has(invoice.index)) {
          fail(at('invoice'), `facture ${invoiceName(invoice)} citée deux fois dans le même règlement`);
          ok = false;
        } else if (day < invoice.date) {
          fail(H('payments', i, 'date'), `règlement du ${day} antérieur à la facture ${invoiceName(invoice)} du ${invoice.date}`);
          ok = false;
        } else if (cents === 0) {
          fail(at('amount'), 'montant affecté nul');
          ok = false;
        } else {
          const balance = balanceOn(invoice, day);
          const already = allocations.filter((x) => x.invoiceIndex === invoice.index).reduce((s, x) => s + x.amountCents, 0);
          if (cents > balance - already) {
            fail(at('amount'), `affectation de ${euros(cents)} supérieure au solde de la facture ${invoiceName(invoice)} le ${day} (${euros(Math.max(0, balance - already))})`);
            ok = false;
          } else allocations.push({ invoiceIndex: invoice.index, amountCents: cents });
        }
        seen.add(invoice.index);
      }
      const allocated = allocations.reduce((s, a) => s + a.amountCents, 0);
      if (ok && allocated > amount) {
        fail(H('payments', i, 'allocations'), `le total affecté (${euros(allocated)}) dépasse le montant du règlement (${euros(amount)})`);
        ok = false;
      }
    } else {
      // As the payments service suggests: the oldest due dates first; what is left is the client's credit.
      const open = [...invoices.values()]
        .filter((f) => f.client === client.code && f.date <= day)
        .map((f) => ({ id: f.index, date: f.date, dueDate: f.dueDate, balanceCents: balanceOn(f, day) }));
      allocations = allocateOldestFirst(amount, open).allocations.map((a) => ({ invoiceIndex: a.invoiceId, amountCents: a.amountCents }));
    }
    if (!ok) continue;
    for (const a of allocations) {
      const list = allocatedTo.get(a.invoiceIndex) ?? allocatedTo.set(a.invoiceIndex, []).get(a.invoiceIndex)!;
      list.push({ date: day, amountCents: a.amountCents });
    }
    plan.payments.push({
      index: i, ref: str(p.ref) ?? String(i), date: day, client: client.code, amountCents: amount, method: str(p.method) ?? 'transfer',
      reference: str(p.reference) ?? null, notes: str(p.notes) ?? null, allocations, unallocatedCents: amount - allocations.reduce((s, a) => s + a.amountCents, 0),
    });
  }

  // --- reminders (relances) and calls ------------------------------------------------------------
  const recovery = recoveryOf(doc);
  const maxLevel = recovery.steps.length;
  const cgv = isObj(doc.cgv) ? doc.cgv : {};
  const ratesBp = Object.fromEntries(
    Object.entries(isObj(cgv.latePenaltyRates) ? cgv.latePenaltyRates : {}).map(([k, v]) => [k, bpOf(v)] as const).filter((e): e is [string, number] => e[1] !== undefined),
  );
  const rateBpOn = halfYearRates(ratesBp, bpOf(cgv.latePenaltyRate) ?? 0);
  const indemnityCents = centsOf(cgv.recoveryIndemnity) ?? 4000;
  /** Highest written level (e-mail, letter, formal notice) per invoice: calls follow a level, they do not move it. */
  const writtenLevel = new Map<number, number>();
  const reminderItems = objects(history.reminders)
    .map(([r, i]) => [r, i, str(r.date)] as [Obj, number, string | undefined])
    .filter(([, i, day]) => {
      if (!isDay(day)) return false;
      if (scenarioDay && isDay(scenarioDay) && day > scenarioDay) fail(H('reminders', i, 'date'), `relance du ${day} postérieure à la date du scénario (${scenarioDay})`);
      return true;
    })
    .sort(([, a, da], [, b, db]) => (da! < db! ? -1 : da! > db! ? 1 : a - b));
  for (const [r, i, day] of reminderItems as [Obj, number, string][]) {
    const at = (...rest: Path) => H('reminders', i, ...rest);
    const client = partyAt(str(r.client), at('client'), ['client']);
    const kind = str(r.kind) as PlannedReminder['kind'] | undefined;
    const level = num(r.level);
    const phone = kind === 'phone';
    let ok = kind !== undefined && level !== undefined && Number.isInteger(level) && level >= 1;
    if (level !== undefined && Number.isInteger(level) && level > maxLevel) {
      fail(at('level'), `niveau ${level} inexistant : la procédure de relance a ${maxLevel} niveau(x) (recovery.steps)`);
      ok = false;
    }
    // outcome and promise: calls only; a promise to pay has a date, on or after the call
    const outcome = str(r.outcome);
    if (phone && outcome === undefined) fail(at('outcome'), "résultat de l'appel obligatoire pour une relance téléphonique (promise_to_pay, no_answer, callback, dispute, refusal, done)");
    for (const f of ['outcome', 'promisedDate', 'promisedAmount'] as const) {
      if (!phone && kind !== undefined && r[f] !== undefined) fail(at(f), `${f} réservé aux relances téléphoniques (kind: phone)`);
    }
    if (phone && outcome === 'promise_to_pay' && r.promisedDate === undefined) fail(at('promisedDate'), 'date promise obligatoire pour une promesse de règlement (promise_to_pay)');
    if (phone && outcome !== undefined && outcome !== 'promise_to_pay') {
      for (const f of ['promisedDate', 'promisedAmount'] as const) if (r[f] !== undefined) fail(at(f), `${f} réservé à une promesse de règlement (outcome: promise_to_pay)`);
    }
    const promisedDate = str(r.promisedDate);
    if (promisedDate !== undefined && isDay(promisedDate) && promisedDate < day) fail(at('promisedDate'), `date promise ${promisedDate} antérieure à l'appel (${day})`);
    const promisedAmount = r.promisedAmount === undefined ? null : centsOf(r.promisedAmount) ?? null;
    if (promisedAmount === 0) fail(at('promisedAmount'), 'montant promis nul');
    const contact = str(r.contact);
    if (client && contact !== undefined && !client.contacts.includes(contact)) {
      fail(at('contact'), `contact « ${contact} » inconnu chez ${client.code} (contacts : ${client.contacts.join(', ') || 'aucun'})`);
    }
    if (!client) continue;

    const lines: PlannedReminderInvoice[] = [];
    const seen = new Set<number>();
    for (const [k, ref] of (Array.isArray(r.invoices) ? r.invoices : []).entries()) {
      const path = at('invoices', k);
      const index = lookup('invoices', str(ref), path, 'facture');
      const invoice = index !== undefined ? invoices.get(index) : undefined;
      if (!invoice) {
        ok = false;
        continue;
      }
      if (invoice.client !== client.code) {
        fail(path, `la facture ${invoiceName(invoice)} est adressée au client ${invoice.client}, pas à ${client.code}`);
        ok = false;
        continue;
      }
      if (seen.has(invoice.index)) {
        fail(path, `facture ${invoiceName(invoice)} citée deux fois`);
        ok = false;
        continue;
      }
      seen.add(invoice.index);
      if (day <= invoice.dueDate) {
        fail(path, `la facture ${invoiceName(invoice)} n'est pas en retard le ${day} (échéance le ${invoice.dueDate})`);
        ok = false;
        continue;
      }
      if (balanceOn(invoice, day) <= 0) {
        fail(path, `la facture ${invoiceName(invoice)} est soldée le ${day} : rien à relancer`);
        ok = false;
        continue;
      }
      // Levels in order: a written reminder never skips a level nor goes back; a call follows the level reached.
      const last = writtenLevel.get(invoice.index) ?? 0;
      if (level !== undefined && Number.isInteger(level)) {
        if (!phone && level > last + 1) {
          fail(at('level'), `niveau ${level} pour la facture ${invoiceName(invoice)} dont la dernière relance écrite est de niveau ${last} : la procédure ne saute pas de niveau (niveau ${last + 1} d'abord)`);
          ok = false;
        } else if (!phone && level < last) {
          fail(at('level'), `niveau ${level} pour la facture ${invoiceName(invoice)} déjà relancée au niveau ${last} : les relances vont dans l'ordre des niveaux`);
          ok = false;
        } else if (phone && level > Math.max(1, last)) {
          fail(at('level'), `appel de niveau ${level} pour la facture ${invoiceName(invoice)} : un appel suit la dernière relance écrite (niveau ${last}), il porte son niveau`);
          ok = false;
        }
      }
      // The figures of the day, as the reminders service freezes them.
      const reductions = [...paidOf(invoice.index, day), ...creditsOf(invoice.index, day)];
      const { segments: _s, ...claim } = claimFigures({ grossCents: invoice.totals.grossCents, dueDate: invoice.dueDate }, reductions, { on: day, rateBpOn, b2b: client.customerType === 'b2b', indemnityCents });
      lines.push({ invoiceIndex: invoice.index, invoiceNumber: invoice.number, invoiceDate: invoice.date, dueDate: invoice.dueDate, grossCents: invoice.totals.grossCents, ...claim });
    }
    if (!ok || !kind || level === undefined || !lines.length) continue;
    const total = lines.reduce((s, l) => s + l.balanceCents, 0);
    if (promisedAmount && promisedAmount > total) fail(at('promisedAmount'), `montant promis (${euros(promisedAmount)}) supérieur au solde des factures relancées (${euros(total)})`);
    if (!phone) for (const l of lines) writtenLevel.set(l.invoiceIndex, Math.max(writtenLevel.get(l.invoiceIndex) ?? 0, level));
    const balanceCents = total;
    const penaltyCents = lines.reduce((s, l) => s + l.penaltyCents, 0);
    const indemnity = lines.reduce((s, l) => s + l.indemnityCents, 0);
    plan.reminders.push({
      index: i, date: day, client: client.code, kind, level, language: client.language, contact: contact ?? null,
      newDeadline: phone ? null : addDays(day, recovery.reminderDeadlineDays), invoices: lines, balanceCents, penaltyCents, indemnityCents: indemnity,
      totalClaimedCents: balanceCents + penaltyCents + indemnity, outcome: phone ? outcome ?? null : null, promisedDate: promisedDate ?? null,
      promisedAmountCents: promisedAmount, notes: str(r.notes) ?? null,
    });
  }

  const ordered = <T extends PlannedDocument>(m: Map<number, T>): T[] => [...m.values()].sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  plan.quotes = ordered(quotes).map(({ decisionDay: _d, ...q }) => q);
  plan.orders = ordered(orders);
  plan.deliveryNotes = ordered(notes);
  plan.invoices = ordered(invoices);
  plan.creditNotes = ordered(credits);
  return { plan, issues };
}
