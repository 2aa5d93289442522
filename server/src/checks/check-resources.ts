/**
 * What scenario checks can look at: each resource of a sandbox seen as flat records whose fields
 * follow the YAML's conventions (money in euros, rates in %, quantities as decimals, third parties by
 * code, products by reference, documents by number). seeds/README.md documents the same table.
 */
import { EntityManager } from 'typeorm';
import { Contact } from '../contacts/contact.entity.js';
import { CreditApproval } from '../credit-approvals/credit-approval.entity.js';
import { CreditNote, CreditNoteLine } from '../credit-notes/credit-note.entity.js';
import { DeliveryNote, DeliveryNoteLine } from '../delivery-notes/delivery-note.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { Invoice, InvoiceLine } from '../invoices/invoice.entity.js';
import { JournalEntry } from '../journal/journal-entry.entity.js';
import { Message } from '../messages/message.entity.js';
import { Order, OrderLine } from '../orders/order.entity.js';
import { Payment, PaymentAllocation } from '../payments/payment.entity.js';
import { ProductFamily } from '../products/product-family.entity.js';
import { Product } from '../products/product.entity.js';
import { Quote, QuoteLine } from '../quotes/quote.entity.js';
import { Reminder, ReminderInvoice } from '../reminders/reminder.entity.js';
import { StockMovement } from '../stock-movements/stock-movement.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';

export type FieldType = 'text' | 'number' | 'money' | 'rate' | 'quantity' | 'date' | 'datetime' | 'bool' | 'thirdParty' | 'product' | 'document';

export interface FieldDef {
  type: FieldType;
  /** French label used in the jury's details ("client", "quantité"…). */
  label: string;
}

export type RecordFields = Record<string, unknown>;

export interface CheckRecord {
  id: number;
  fields: RecordFields;
  /** Lines of a document, allocations of a payment, invoices of a reminder. */
  lines: RecordFields[];
}

export interface ResourceDef {
  /** French noun, singular and plural ("devis", "devis"). */
  noun: [string, string];
  /** Grammatical gender of the noun, for "aucune commande". */
  feminine?: boolean;
  fields: Record<string, FieldDef>;
  /** What `lines` holds for this resource, if anything. */
  lines?: { noun: string; fields: Record<string, FieldDef> };
}

const f = (type: FieldType, label: string): FieldDef => ({ type, label });

/** `new`: created during the session (absent from the scenario's template). */
const NEW = { new: f('bool', 'créé(e) pendant la session') };

const DOCUMENT_FIELDS = {
  number: f('text', 'numéro'),
  status: f('text', 'statut'),
  client: f('thirdParty', 'client'),
  clientName: f('text', 'nom du client'),
  date: f('date', 'date'),
  language: f('text', 'langue'),
  vatRegime: f('text', 'régime de TVA'),
  discount: f('rate', 'remise globale'),
  shipping: f('money', 'frais de port HT'),
  net: f('money', 'total HT'),
  vat: f('money', 'TVA'),
  gross: f('money', 'total TTC'),
  notes: f('text', 'notes'),
  validatedAt: f('datetime', 'validé le'),
  ...NEW,
};

const PRICED_LINE_FIELDS = {
  product: f('product', 'article'),
  label: f('text', 'désignation'),
  quantity: f('quantity', 'quantité'),
  unitPrice: f('money', 'prix unitaire HT'),
  discount: f('rate', 'remise'),
  vatRate: f('rate', 'taux de TVA'),
  net: f('money', 'montant HT'),
};

export const CHECK_RESOURCES = {
  quotes: {
    noun: ['devis', 'devis'],
    fields: {
      ...DOCUMENT_FIELDS,
      validUntil: f('date', 'valable jusqu’au'),
      paymentTerms: f('text', 'conditions de paiement'),
      paymentMethod: f('text', 'mode de paiement'),
      promisedDeliveryDate: f('date', 'date de livraison promise'),
      sentAt: f('datetime', 'envoyé le'),
      decidedAt: f('datetime', 'décision le'),
    },
    lines: { noun: 'ligne', fields: PRICED_LINE_FIELDS },
  },
  orders: {
    noun: ['commande', 'commandes'], feminine: true,
    fields: {
      ...DOCUMENT_FIELDS,
      quote: f('document', 'devis d’origine'),
      clientReference: f('text', 'référence de commande du client'),
      requestedDeliveryDate: f('date', 'date de livraison demandée'),
      paymentTerms: f('text', 'conditions de paiement'),
      paymentMethod: f('text', 'mode de paiement'),
      deliveryLine1: f('text', 'adresse de livraison'),
      deliveryCity: f('text', 'ville de livraison'),
      creditCheckStatus: f('text', 'contrôle d’encours'),
      creditCheckedAt: f('datetime', 'encours contrôlé le'),
      cancelledAt: f('datetime', 'annulée le'),
    },
    lines: { noun: 'ligne', fields: PRICED_LINE_FIELDS },
  },
  'delivery-notes': {
    noun: ['bon de livraison', 'bons de livraison'],
    fields: {
      number: f('text', 'numéro'),
      status: f('text', 'statut'),
      order: f('document', 'commande'),
      client: f('thirdParty', 'client'),
      clientName: f('text', 'nom du client'),
      date: f('date', 'date'),
      carrier: f('text', 'transporteur'),
      parcels: f('number', 'colis'),
      trackingNumber: f('text', 'numéro de suivi'),
      incoterm: f('text', 'incoterm'),
      deliveryLine1: f('text', 'adresse de livraison'),
      deliveryLine2: f('text', 'complément d’adresse'),
      deliveryPostcode: f('text', 'code postal de livraison'),
      deliveryCity: f('text', 'ville de livraison'),
      deliveryCountry: f('text', 'pays de livraison'),
      notes: f('text', 'notes'),
      validatedAt: f('datetime', 'validé le'),
      ...NEW,
    },
    lines: { noun: 'ligne', fields: { product: f('product', 'article'), label: f('text', 'désignation'), quantity: f('quantity', 'quantité') } },
  },
  invoices: {
    noun: ['facture', 'factures'], feminine: true,
    fields: {
      ...DOCUMENT_FIELDS,
      type: f('text', 'type'),
      order: f('document', 'commande'),
      clientReference: f('text', 'référence de commande du client'),
      paymentTerms: f('text', 'conditions de paiement'),
      dueDate: f('date', 'échéance'),
      deposits: f('number', 'acomptes déduits'),
      paid: f('money', 'réglé'),
      credited: f('money', 'avoirs'),
      balance: f('money', 'reste dû'),
    },
    lines: { noun: 'ligne', fields: PRICED_LINE_FIELDS },
  },
  'credit-notes': {
    noun: ['avoir', 'avoirs'],
    fields: { ...DOCUMENT_FIELDS, invoice: f('document', 'facture'), reason: f('text', 'motif'), restock: f('bool', 'remise en stock') },
    lines: { noun: 'ligne', fields: PRICED_LINE_FIELDS },
  },
  payments: {
    noun: ['règlement', 'règlements'],
    fields: {
      client: f('thirdParty', 'client'),
      clientName: f('text', 'nom du client'),
      date: f('date', 'date'),
      amount: f('money', 'montant'),
      method: f('text', 'mode de paiement'),
      reference: f('text', 'référence'),
      status: f('text', 'statut'),
      allocated: f('money', 'montant affecté'),
      notes: f('text', 'notes'),
      ...NEW,
    },
    lines: { noun: 'affectation', fields: { invoice: f('document', 'facture'), amount: f('money', 'montant affecté') } },
  },
  reminders: {
    noun: ['relance', 'relances'], feminine: true,
    fields: {
      client: f('thirdParty', 'client'),
      clientName: f('text', 'nom du client'),
      contact: f('text', 'contact'),
      level: f('number', 'niveau'),
      kind: f('text', 'type'),
      date: f('date', 'date'),
      newDeadline: f('date', 'nouvelle échéance'),
      language: f('text', 'langue'),
      balance: f('money', 'solde réclamé'),
      penalty: f('money', 'pénalités'),
      indemnity: f('money', 'indemnité forfaitaire'),
      totalClaimed: f('money', 'total réclamé'),
      notes: f('text', 'notes'),
      ...NEW,
    },
    lines: {
      noun: 'facture relancée',
      fields: { invoice: f('document', 'facture'), daysLate: f('number', 'jours de retard'), balance: f('money', 'solde'), penalty: f('money', 'pénalités'), indemnity: f('money', 'indemnité') },
    },
  },
  messages: {
    noun: ['message', 'messages'],
    fields: {
      direction: f('text', 'sens'),
      channel: f('text', 'canal'),
      from: f('text', 'expéditeur'),
      to: f('text', 'destinataire'),
      toName: f('text', 'nom du destinataire'),
      thirdParty: f('thirdParty', 'tiers'),
      subject: f('text', 'objet'),
      body: f('text', 'texte'),
      relatedResource: f('text', 'type de document lié'),
      relatedNumber: f('text', 'document lié'),
      attachments: f('number', 'pièces jointes'),
      sentAt: f('datetime', 'envoyé le'),
      author: f('text', 'auteur'),
      ...NEW,
    },
  },
  interactions: {
    noun: ['échange GRC', 'échanges GRC'],
    fields: {
      thirdParty: f('thirdParty', 'tiers'),
      thirdPartyName: f('text', 'nom du tiers'),
      contact: f('text', 'contact'),
      kind: f('text', 'type'),
      at: f('datetime', 'date'),
      subject: f('text', 'objet'),
      outcome: f('text', 'résultat'),
      promisedDate: f('date', 'date promise'),
      promisedAmount: f('money', 'montant promis'),
      notes: f('text', 'compte rendu'),
      relatedResource: f('text', 'type de document lié'),
      author: f('text', 'auteur'),
      ...NEW,
    },
  },
  'third-parties': {
    noun: ['tiers', 'tiers'],
    fields: {
      code: f('thirdParty', 'code'),
      name: f('text', 'nom'),
      isClient: f('bool', 'client'),
      isProspect: f('bool', 'prospect'),
      isSupplier: f('bool', 'fournisseur'),
      customerType: f('text', 'type de client'),
      zone: f('text', 'zone'),
      language: f('text', 'langue'),
      email: f('text', 'e-mail'),
      phone: f('text', 'téléphone'),
      billingCity: f('text', 'ville'),
      paymentTerms: f('text', 'conditions de paiement'),
      paymentMethod: f('text', 'mode de paiement'),
      creditLimit: f('money', 'plafond d’encours'),
      riskStatus: f('text', 'statut de risque'),
      solvencyCheckedOn: f('date', 'solvabilité vérifiée le'),
      solvencySource: f('text', 'source de la vérification de solvabilité'),
      litigationSince: f('date', 'au contentieux depuis'),
      prospectStatus: f('text', 'statut du prospect'),
      tags: f('text', 'étiquettes'),
      notes: f('text', 'notes'),
      ...NEW,
    },
  },
  contacts: {
    noun: ['contact', 'contacts'],
    fields: {
      thirdParty: f('thirdParty', 'tiers'),
      civility: f('text', 'civilité'),
      firstName: f('text', 'prénom'),
      lastName: f('text', 'nom'),
      name: f('text', 'prénom et nom'),
      jobTitle: f('text', 'fonction'),
      email: f('text', 'e-mail'),
      phone: f('text', 'téléphone'),
      mobile: f('text', 'mobile'),
      preferredChannel: f('text', 'canal préféré'),
      accessibilityNeeds: f('text', 'besoins d’accessibilité'),
      marketingConsent: f('text', 'consentement commercial'),
      consentDate: f('date', 'date du consentement'),
      isPrimary: f('bool', 'contact principal'),
      notes: f('text', 'notes'),
      ...NEW,
    },
  },
  products: {
    noun: ['article', 'articles'],
    fields: {
      reference: f('product', 'référence'),
      label: f('text', 'désignation'),
      family: f('text', 'famille'),
      type: f('text', 'type'),
      unit: f('text', 'unité'),
      salePrice: f('money', 'prix de vente HT'),
      purchasePrice: f('money', 'prix d’achat HT'),
      vatRate: f('rate', 'taux de TVA'),
      supplier: f('thirdParty', 'fournisseur'),
      reorderPoint: f('quantity', 'point de commande'),
      reorderQuantity: f('quantity', 'quantité de réapprovisionnement'),
      onHand: f('quantity', 'stock physique'),
      active: f('bool', 'actif'),
      ...NEW,
    },
  },
  'stock-movements': {
    noun: ['mouvement de stock', 'mouvements de stock'],
    fields: {
      product: f('product', 'article'),
      date: f('datetime', 'date'),
      type: f('text', 'type'),
      quantity: f('quantity', 'quantité'),
      reason: f('text', 'motif'),
      sourceType: f('text', 'origine'),
      author: f('text', 'auteur'),
      ...NEW,
    },
  },
  'credit-approvals': {
    noun: ['demande d’accord d’encours', 'demandes d’accord d’encours'], feminine: true,
    fields: {
      order: f('document', 'commande'),
      client: f('thirdParty', 'client'),
      status: f('text', 'statut'),
      orderGross: f('money', 'montant TTC de la commande'),
      outstanding: f('money', 'encours'),
      creditLimit: f('money', 'plafond'),
      overrun: f('money', 'dépassement'),
      reason: f('text', 'motif'),
      requestedAt: f('datetime', 'demandée le'),
      decidedBy: f('text', 'décision de'),
      decisionNote: f('text', 'réponse'),
      ...NEW,
    },
  },
  journal: {
    noun: ['entrée du journal', 'entrées du journal'], feminine: true,
    fields: {
      resource: f('text', 'ressource'),
      action: f('text', 'action'),
      recordId: f('text', 'identifiant'),
      label: f('text', 'libellé'),
      username: f('text', 'utilisateur'),
      role: f('text', 'rôle'),
      scenarioAt: f('datetime', 'heure du scénario'),
      at: f('datetime', 'heure réelle'),
      new: f('bool', 'pendant la session'),
    },
  },
} as const satisfies Record<string, ResourceDef>;

export type CheckResourceName = keyof typeof CHECK_RESOURCES;
export const CHECK_RESOURCE_NAMES = Object.keys(CHECK_RESOURCES) as CheckResourceName[];

export function isCheckResource(name: unknown): name is CheckResourceName {
  return typeof name === 'string' && Object.hasOwn(CHECK_RESOURCES, name);
}

export function resourceDef(name: CheckResourceName): ResourceDef {
  return CHECK_RESOURCES[name] as ResourceDef;
}

/** French words for the codes of enumerated fields, used when an evidence is rendered (matching uses the codes). */
const METHODS = { transfer: 'virement', cheque: 'chèque', card: 'carte bancaire', lcr: 'LCR', sepa_debit: 'prélèvement SEPA', cash: 'espèces' };
export const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: {
    draft: 'brouillon', validated: 'validé', sent: 'envoyé', accepted: 'accepté', refused: 'refusé', partially_delivered: 'partiellement livré', delivered: 'livré',
    cancelled: 'annulé', recorded: 'enregistré', pending: 'en attente', approved: 'accepté',
  },
  method: METHODS,
  paymentMethod: METHODS,
  kind: { email: 'e-mail', letter: 'lettre', formal_notice: 'mise en demeure', phone: 'appel téléphonique', call: 'appel', meeting: 'rendez-vous', visit: 'visite', note: 'note' },
  type: { invoice: 'facture', deposit: "facture d'acompte", opening: 'stock initial', in: 'entrée', out: 'sortie', adjustment: 'ajustement', inventory: 'inventaire', good: 'article stocké', service: 'prestation' },
  direction: { in: 'reçu', out: 'envoyé' },
  channel: { email: 'e-mail', post: 'courrier', hand: 'en main propre', platform: 'plateforme' },
  outcome: { promise_to_pay: 'promesse de paiement', no_answer: 'pas de réponse', callback: 'à rappeler', dispute: 'contestation', refusal: 'refus', done: 'fait' },
  creditCheckStatus: { passed: 'accepté', acknowledged: 'dépassement confirmé', approved: 'dépassement accepté par le responsable', blocked: 'refusé' },
  riskStatus: { normal: 'normal', watch: 'à surveiller', blocked: 'bloqué' },
  customerType: { b2b: 'professionnel', b2c: 'particulier' },
};

// ---------------------------------------------------------------------------------------------
// Reading a sandbox
// ---------------------------------------------------------------------------------------------

/** Journal actions that create a record (the history of the template has no journal). */
const CREATION_ACTIONS = new Set(['create', 'convert-from-quote', 'duplicate', 'request']);

const euros = (cents: number | null | undefined) => (cents === null || cents === undefined ? null : cents / 100);
const percent = (bp: number | null | undefined) => (bp === null || bp === undefined ? null : bp / 100);
const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const groupBy = <T, K>(rows: T[], key: (r: T) => K) => {
  const map = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
};

/**
 * One sandbox seen by the checks: each resource read once (lazily) and turned into records.
 * A sandbox holds a few hundred rows, so reading whole tables is cheaper than building queries.
 */
export class CheckedSandbox {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(private readonly em: EntityManager) {}

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let hit = this.cache.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = load();
      this.cache.set(key, hit);
    }
    return hit;
  }

  private tiers() {
    return this.once('tiers', async () => byId(await this.em.find(ThirdParty)));
  }

  private products() {
    return this.once('products', async () => byId(await this.em.find(Product)));
  }

  /** The journal, oldest first. */
  journal(): Promise<JournalEntry[]> {
    return this.once('journal', () => this.em.find(JournalEntry, { order: { id: 'ASC' } }));
  }

  /** Ids of the records of `resource` created during the session (from the journal). */
  private async createdIds(resource: string): Promise<Set<number>> {
    const entries = await this.journal();
    return new Set(entries.filter((e) => e.resource === resource && CREATION_ACTIONS.has(e.action) && e.recordId !== null).map((e) => Number(e.recordId)));
  }

  private async numbers<T extends { id: number; number: string | null }>(entity: new () => T): Promise<Map<number, string | null>> {
    return this.once(`numbers:${entity.name}`, async () => new Map((await this.em.find(entity, { select: { id: true, number: true } as never })).map((r) => [r.id, r.number])));
  }

  records(resource: CheckResourceName): Promise<CheckRecord[]> {
    return this.once(`records:${resource}`, () => this.load(resource));
  }

  private async load(resource: CheckResourceName): Promise<CheckRecord[]> {
    const tiers = await this.tiers();
    const code = (id: number | null) => (id === null ? null : tiers.get(id)?.code ?? null);
    const name = (id: number | null) => (id === null ? null : tiers.get(id)?.name ?? null);
    const created = await this.createdIds(resource);
    const contactName = async () => {
      const contacts = byId(await this.em.find(Contact, { select: { id: true, firstName: true, lastName: true } }));
      return (id: number | null) => {
        const c = id === null ? undefined : contacts.get(id);
        return c ? `${c.firstName} ${c.lastName}` : null;
      };
    };

    const documentFields = (d: Quote | Order | Invoice | CreditNote) => ({
      number: d.number, status: d.status, client: code(d.clientId), clientName: name(d.clientId), date: d.date, language: d.language, vatRegime: d.vatRegime,
      discount: percent(d.globalDiscountBp), shipping: euros(d.shippingCents), net: euros(d.netCents), vat: euros(d.vatCents), gross: euros(d.grossCents),
      notes: d.notes, validatedAt: d.validatedAt, new: created.has(d.id),
    });
    const pricedLine = (l: QuoteLine | OrderLine | InvoiceLine | CreditNoteLine) => ({
      product: l.reference, label: l.label, quantity: l.quantity, unitPrice: euros(l.unitPriceCents), discount: percent(l.discountBp), vatRate: percent(l.vatRateBp), net: euros(l.netCents),
    });
    const byPosition = <T extends { position: number }>(rows: T[] | undefined) => [...(rows ?? [])].sort((a, b) => a.position - b.position);

    switch (resource) {
      case 'quotes': {
        const [rows, lines] = await Promise.all([this.em.find(Quote, { order: { id: 'ASC' } }), this.em.find(QuoteLine)]);
        const linesOf = groupBy(lines, (l) => l.quoteId);
        return rows.map((q) => ({
          id: q.id,
          fields: { ...documentFields(q), validUntil: q.validUntil, paymentTerms: q.paymentTerms, paymentMethod: q.paymentMethod, promisedDeliveryDate: q.promisedDeliveryDate, sentAt: q.sentAt, decidedAt: q.decidedAt },
          lines: byPosition(linesOf.get(q.id)).map(pricedLine),
        }));
      }
      case 'orders': {
        const [rows, lines, quotes] = await Promise.all([this.em.find(Order, { order: { id: 'ASC' } }), this.em.find(OrderLine), this.numbers(Quote)]);
        const linesOf = groupBy(lines, (l) => l.orderId);
        return rows.map((o) => ({
          id: o.id,
          fields: {
            ...documentFields(o), quote: o.sourceQuoteId === null ? null : quotes.get(o.sourceQuoteId) ?? null, clientReference: o.clientReference, requestedDeliveryDate: o.requestedDeliveryDate,
            paymentTerms: o.paymentTerms, paymentMethod: o.paymentMethod, deliveryLine1: o.deliveryLine1, deliveryCity: o.deliveryCity, creditCheckStatus: o.creditCheckStatus,
            creditCheckedAt: o.creditCheckedAt, cancelledAt: o.cancelledAt,
          },
          lines: byPosition(linesOf.get(o.id)).map(pricedLine),
        }));
      }
      case 'delivery-notes': {
        const [rows, lines, orders] = await Promise.all([this.em.find(DeliveryNote, { order: { id: 'ASC' } }), this.em.find(DeliveryNoteLine), this.numbers(Order)]);
        const linesOf = groupBy(lines, (l) => l.deliveryNoteId);
        return rows.map((n) => ({
          id: n.id,
          fields: {
            number: n.number, status: n.status, order: orders.get(n.orderId) ?? null, client: code(n.clientId), clientName: name(n.clientId), date: n.date, carrier: n.carrier, parcels: n.parcels,
            trackingNumber: n.trackingNumber, incoterm: n.incoterm, deliveryLine1: n.deliveryLine1, deliveryLine2: n.deliveryLine2, deliveryPostcode: n.deliveryPostcode,
            deliveryCity: n.deliveryCity, deliveryCountry: n.deliveryCountry, notes: n.notes, validatedAt: n.validatedAt, new: created.has(n.id),
          },
          lines: byPosition(linesOf.get(n.id)).map((l) => ({ product: l.reference, label: l.label, quantity: l.quantity })),
        }));
      }
      case 'invoices': {
        const [rows, lines, orders, allocations, payments, credits] = await Promise.all([
          this.em.find(Invoice, { order: { id: 'ASC' } }), this.em.find(InvoiceLine), this.numbers(Order), this.em.find(PaymentAllocation),
          this.em.find(Payment, { select: { id: true, status: true } }), this.em.find(CreditNote, { select: { id: true, invoiceId: true, status: true, grossCents: true } }),
        ]);
        const recorded = new Set(payments.filter((p) => p.status === 'recorded').map((p) => p.id));
        const paid = new Map<number, number>();
        for (const a of allocations) if (recorded.has(a.paymentId)) paid.set(a.invoiceId, (paid.get(a.invoiceId) ?? 0) + a.amountCents);
        const credited = new Map<number, number>();
        for (const c of credits) if (c.status === 'validated') credited.set(c.invoiceId, (credited.get(c.invoiceId) ?? 0) + c.grossCents);
        const linesOf = groupBy(lines, (l) => l.invoiceId);
        return rows.map((i) => {
          const p = paid.get(i.id) ?? 0;
          const c = credited.get(i.id) ?? 0;
          return {
            id: i.id,
            fields: {
              ...documentFields(i), type: i.type, order: i.orderId === null ? null : orders.get(i.orderId) ?? null, clientReference: i.clientReference, paymentTerms: i.paymentTerms,
              dueDate: i.dueDate, deposits: i.depositInvoiceIds.length, paid: euros(p), credited: euros(c), balance: euros(i.status === 'validated' ? Math.max(0, i.grossCents - p - c) : i.grossCents),
            },
            lines: byPosition(linesOf.get(i.id)).map(pricedLine),
          };
        });
      }
      case 'credit-notes': {
        const [rows, lines, invoices] = await Promise.all([this.em.find(CreditNote, { order: { id: 'ASC' } }), this.em.find(CreditNoteLine), this.numbers(Invoice)]);
        const linesOf = groupBy(lines, (l) => l.creditNoteId);
        return rows.map((c) => ({
          id: c.id,
          fields: { ...documentFields(c), invoice: invoices.get(c.invoiceId) ?? null, reason: c.reason, restock: c.restock },
          lines: byPosition(linesOf.get(c.id)).map(pricedLine),
        }));
      }
      case 'payments': {
        const [rows, allocations, invoices] = await Promise.all([this.em.find(Payment, { order: { id: 'ASC' } }), this.em.find(PaymentAllocation, { order: { id: 'ASC' } }), this.numbers(Invoice)]);
        const allocationsOf = groupBy(allocations, (a) => a.paymentId);
        return rows.map((p) => {
          const list = allocationsOf.get(p.id) ?? [];
          return {
            id: p.id,
            fields: {
              client: code(p.clientId), clientName: name(p.clientId), date: p.date, amount: euros(p.amountCents), method: p.method, reference: p.reference, status: p.status,
              allocated: euros(list.reduce((s, a) => s + a.amountCents, 0)), notes: p.notes, new: created.has(p.id),
            },
            lines: list.map((a) => ({ invoice: invoices.get(a.invoiceId) ?? null, amount: euros(a.amountCents) })),
          };
        });
      }
      case 'reminders': {
        const [rows, invoices, contact] = await Promise.all([this.em.find(Reminder, { order: { id: 'ASC' } }), this.em.find(ReminderInvoice, { order: { id: 'ASC' } }), contactName()]);
        const invoicesOf = groupBy(invoices, (r) => r.reminderId);
        return rows.map((r) => ({
          id: r.id,
          fields: {
            client: code(r.clientId), clientName: name(r.clientId), contact: contact(r.contactId), level: r.level, kind: r.kind, date: r.date, newDeadline: r.newDeadline, language: r.language,
            balance: euros(r.balanceCents), penalty: euros(r.penaltyCents), indemnity: euros(r.indemnityCents), totalClaimed: euros(r.totalClaimedCents), notes: r.notes, new: created.has(r.id),
          },
          lines: (invoicesOf.get(r.id) ?? []).map((i) => ({ invoice: i.invoiceNumber, daysLate: i.daysLate, balance: euros(i.balanceCents), penalty: euros(i.penaltyCents), indemnity: euros(i.indemnityCents) })),
        }));
      }
      case 'messages': {
        const rows = await this.em.find(Message, { order: { id: 'ASC' } });
        return rows.map((m) => ({
          id: m.id,
          fields: {
            direction: m.direction, channel: m.channel, from: m.fromAddress, to: m.toAddress, toName: m.toName, thirdParty: code(m.thirdPartyId), subject: m.subject, body: m.body,
            relatedResource: m.relatedResource, relatedNumber: m.relatedNumber, attachments: m.attachments.length, sentAt: m.sentAt, author: m.author,
            // The scenario's inbox and the history's e-mails have no author; everything the application wrote during the session has one.
            new: m.author !== null,
          },
          lines: [],
        }));
      }
      case 'interactions': {
        const [rows, contact] = await Promise.all([this.em.find(Interaction, { order: { id: 'ASC' } }), contactName()]);
        return rows.map((i) => ({
          id: i.id,
          fields: {
            thirdParty: code(i.thirdPartyId), thirdPartyName: name(i.thirdPartyId), contact: contact(i.contactId), kind: i.kind, at: i.at, subject: i.subject, outcome: i.outcome,
            promisedDate: i.promisedDate, promisedAmount: euros(i.promisedAmountCents), notes: i.notes, relatedResource: i.relatedResource, author: i.author, new: created.has(i.id),
          },
          lines: [],
        }));
      }
      case 'third-parties':
        return [...tiers.values()].map((t) => ({
          id: t.id,
          fields: {
            code: t.code, name: t.name, isClient: t.isClient, isProspect: t.isProspect, isSupplier: t.isSupplier, customerType: t.customerType, zone: t.zone, language: t.language,
            email: t.email, phone: t.phone, billingCity: t.billingCity, paymentTerms: t.paymentTerms, paymentMethod: t.paymentMethod, creditLimit: euros(t.creditLimitCents),
            riskStatus: t.riskStatus, solvencyCheckedOn: t.solvencyCheckedOn, solvencySource: t.solvencySource, litigationSince: t.litigationSince, prospectStatus: t.prospectStatus,
            tags: t.tags.join(', '), notes: t.notes, new: created.has(t.id),
          },
          lines: [],
        }));
      case 'contacts': {
        const rows = await this.em.find(Contact, { order: { id: 'ASC' } });
        return rows.map((c) => ({
          id: c.id,
          fields: {
            thirdParty: code(c.thirdPartyId), civility: c.civility, firstName: c.firstName, lastName: c.lastName, name: `${c.firstName} ${c.lastName}`, jobTitle: c.jobTitle, email: c.email,
            phone: c.phone, mobile: c.mobile, preferredChannel: c.preferredChannel, accessibilityNeeds: c.accessibilityNeeds, marketingConsent: c.marketingConsent, consentDate: c.consentDate,
            isPrimary: c.isPrimary, notes: c.notes, new: created.has(c.id),
          },
          lines: [],
        }));
      }
      case 'products': {
        const [products, families, movements] = await Promise.all([this.products(), this.em.find(ProductFamily), this.em.find(StockMovement, { select: { id: true, productId: true, quantity: true } })]);
        const familyCode = new Map(families.map((x) => [x.id, x.code]));
        const onHand = new Map<number, number>();
        for (const m of movements) onHand.set(m.productId, (onHand.get(m.productId) ?? 0) + Math.round(m.quantity * 1000));
        return [...products.values()].map((p) => ({
          id: p.id,
          fields: {
            reference: p.reference, label: p.label, family: familyCode.get(p.familyId) ?? null, type: p.type, unit: p.unit, salePrice: euros(p.salePriceCents),
            purchasePrice: euros(p.purchasePriceCents), vatRate: percent(p.vatRateBp), supplier: code(p.supplierId), reorderPoint: p.reorderPoint, reorderQuantity: p.reorderQuantity,
            onHand: (onHand.get(p.id) ?? 0) / 1000, active: p.active, new: created.has(p.id),
          },
          lines: [],
        }));
      }
      case 'stock-movements': {
        const [rows, products] = await Promise.all([this.em.find(StockMovement, { order: { id: 'ASC' } }), this.products()]);
        return rows.map((m) => ({
          id: m.id,
          fields: {
            product: products.get(m.productId)?.reference ?? null, date: m.date, type: m.type, quantity: m.quantity, reason: m.reason, sourceType: m.sourceType, author: m.author,
            new: m.author !== null,
          },
          lines: [],
        }));
      }
      case 'credit-approvals': {
        const [rows, orders] = await Promise.all([this.em.find(CreditApproval, { order: { id: 'ASC' } }), this.numbers(Order)]);
        return rows.map((a) => ({
          id: a.id,
          fields: {
            order: orders.get(a.orderId) ?? null, client: code(a.clientId), status: a.status, orderGross: euros(a.orderGrossCents), outstanding: euros(a.outstandingCents),
            creditLimit: euros(a.creditLimitCents), overrun: euros(a.overrunCents), reason: a.reason, requestedAt: a.requestedAt, decidedBy: a.decidedBy, decisionNote: a.decisionNote,
            new: created.has(a.id),
          },
          lines: [],
        }));
      }
      case 'journal':
        return (await this.journal()).map((e) => ({
          id: e.id,
          fields: { resource: e.resource, action: e.action, recordId: e.recordId, label: e.label, username: e.username, role: e.role, scenarioAt: e.scenarioAt, at: e.at, new: true },
          lines: [],
        }));
    }
  }
}
