/**
 * Each kind of check, passing and failing, on a sandbox built from the first scenario's template
 * (its history: FA-2026-0005 Berthier at the catalogue price, Transports Chabert over its limit…) to
 * which rows are added as the application would write them, with their journal entries.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { CreditNote } from '../credit-notes/credit-note.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { Order, OrderLine } from '../orders/order.entity.js';
import { Quote, QuoteLine } from '../quotes/quote.entity.js';
import { Reminder } from '../reminders/reminder.entity.js';
import { removeSidecars, sandboxDataSource } from '../sandbox/sandbox-registry.service.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { ScenarioClock } from '../sandbox/scenario-clock.js';
import { loadScenario } from '../scenarios/scenario-loader.js';
import { buildTemplate } from '../scenarios/template-builder.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { CheckResult, evaluateChecks, fold, formatValue, matchesCondition, renderEvidence } from './check-evaluator.js';
import { ScenarioCheck } from './check.schema.js';
import { checksCsv, evaluateScenarioChecks, evaluateScenarioChecksOnFile, summarizeChecks } from './index.js';

const BUREAU_PLUS = path.resolve(__dirname, '../../../seeds/bureau-plus');
let tmp: string;
let template: string;
let copies = 0;

const ctx = {
  sandboxId: 'unit-checks',
  clock: ScenarioClock.fromIso('2026-03-16T08:30:00', null),
  actor: { userId: 7, username: 'candidat-001', role: 'candidate' },
  writable: true,
} as SandboxContext;
const journal = new JournalService(undefined as never);

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-checks-'));
  template = path.join(tmp, 'template.sqlite');
  await buildTemplate(loadScenario(BUREAU_PLUS), template);
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A fresh sandbox (a copy of the template) for one group of tests. */
function freshSandbox(): { em: () => EntityManager; file: () => string } {
  let ds: DataSource;
  let file: string;
  beforeAll(async () => {
    file = path.join(tmp, `sandbox-${++copies}.sqlite`);
    fs.copyFileSync(template, file);
    ds = sandboxDataSource(file);
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    removeSidecars(file);
  });
  return { em: () => ds.manager, file: () => file };
}

const check = (kind: Partial<ScenarioCheck>, evidence = '{{count}}'): ScenarioCheck => ({ id: 'c', label: 'Vérification', criterion: 'TP-CP1', evidence, ...kind }) as ScenarioCheck;
const run = async (em: EntityManager, c: ScenarioCheck): Promise<CheckResult> => (await evaluateChecks([c], em))[0]!;
const tier = async (em: EntityManager, code: string) => (await em.findOneByOrFail(ThirdParty, { code })).id;

const NOW = '2026-03-16T09:10:00';
const documentRow = (clientId: number, totals: { net: number; vatRate?: number }) => {
  const vat = Math.round((totals.net * (totals.vatRate ?? 2000)) / 10_000);
  return {
    clientId, contactId: null, date: '2026-03-16', language: 'fr' as const, vatRegime: 'standard' as const, globalDiscountBp: 0, shippingCents: 0, shippingVatRateBp: 2000,
    netCents: totals.net, vatCents: vat, grossCents: totals.net + vat, vatBreakdown: [], notes: null, validatedAt: NOW, createdAt: NOW, updatedAt: NOW,
  };
};

async function addQuote(em: EntityManager, number: string, clientCode: string, lines: { ref: string; quantity: number; priceCents: number; discountBp?: number }[]) {
  const net = lines.reduce((s, l) => s + Math.round(l.quantity * l.priceCents * (1 - (l.discountBp ?? 0) / 10_000)), 0);
  const quote = em.create(Quote, {
    ...documentRow(await tier(em, clientCode), { net }), number, status: 'validated', validUntil: '2026-04-15', paymentTerms: 'net_30', paymentMethod: 'transfer',
    promisedDeliveryDate: null, cgvReference: null, sentAt: null, decidedAt: null, duplicatedFromId: null,
  });
  await em.insert(Quote, quote);
  await em.insert(QuoteLine, lines.map((l, i) => ({
    quoteId: quote.id, position: i + 1, productId: null, reference: l.ref, label: l.ref, unit: 'pièce', quantity: l.quantity, unitPriceCents: l.priceCents,
    discountBp: l.discountBp ?? 0, vatRateBp: 2000, netCents: Math.round(l.quantity * l.priceCents * (1 - (l.discountBp ?? 0) / 10_000)),
  })));
  await journal.record(em, ctx, { resource: 'quotes', recordId: quote.id, action: 'create', label: 'Devis brouillon', after: quote });
  return quote;
}

describe('exists', () => {
  const sb = freshSandbox();
  const quoteCheck = check({
    exists: {
      resource: 'quotes',
      where: { client: 'C0003', new: true, status: { in: ['validated', 'sent'] } },
      lines: [{ product: 'MOB-BUR-140', quantity: 4, discount: 5 }, { product: 'SIE-OPE-BASE', quantity: { gte: 4 } }],
    },
  }, 'Devis {{number}} du {{date}} pour {{clientName}} : {{net}} HT');

  it('fails on the fresh sandbox, saying what was looked for', async () => {
    const r = await run(sb.em(), quoteCheck);
    expect(r).toMatchObject({ passed: false, evidence: null, record: null, kind: 'exists' });
    expect(r.details).toBe('Aucun devis ne correspond (client = « C0003 » ; créé(e) pendant la session ; statut parmi « validated », « sent » ; une ligne avec article = « MOB-BUR-140 » et quantité = 4 et remise = 5 % ; une ligne avec article = « SIE-OPE-BASE » et quantité ≥ 4).');
  });

  it('finds the history’s documents by number and line (the planted price error of FA-2026-0005)', async () => {
    const atCatalogue = await run(sb.em(), check({ exists: { resource: 'invoices', where: { number: 'FA-2026-0005', client: 'C0010' }, lines: [{ product: 'MOB-BUR-140', unitPrice: 269 }] } }));
    expect(atCatalogue.passed).toBe(true);
    const atNegotiated = await run(sb.em(), check({ exists: { resource: 'invoices', where: { number: 'FA-2026-0005' }, lines: [{ product: 'MOB-BUR-140', unitPrice: 245 }] } }));
    expect(atNegotiated.passed).toBe(false);
  });

  it('does not take a quote of the history, nor a quote with the wrong quantity', async () => {
    await addQuote(sb.em(), 'DEV-2026-0014', 'C0003', [{ ref: 'MOB-BUR-140', quantity: 3, priceCents: 26900, discountBp: 500 }, { ref: 'SIE-OPE-BASE', quantity: 4, priceCents: 7990 }]);
    expect((await run(sb.em(), quoteCheck)).passed).toBe(false);
  });

  it('passes once the candidate made the expected quote, and fills the evidence with its fields', async () => {
    const quote = await addQuote(sb.em(), 'DEV-2026-0015', 'C0003', [{ ref: 'MOB-BUR-140', quantity: 4, priceCents: 26900, discountBp: 500 }, { ref: 'SIE-OPE-BASE', quantity: 6, priceCents: 7990 }]);
    const r = await run(sb.em(), quoteCheck);
    expect(r.passed).toBe(true);
    expect(r.record).toEqual({ resource: 'quotes', id: quote.id });
    expect(r.evidence).toBe('Devis DEV-2026-0015 du 16/03/2026 pour Agence Immobilière Les Terrasses : 1 501,60 € HT');
    expect(r.details).toContain('1 devis correspond');
  });
});

describe('field', () => {
  const sb = freshSandbox();
  const creditCheck = check({
    field: { resource: 'credit-notes', where: { invoice: 'FA-2026-0005', status: 'validated', new: true }, field: 'net', equals: 72, tolerance: 0.01 },
  }, 'Avoir {{number}} sur {{invoice}} : {{net}} HT');

  const addCreditNote = async (em: EntityManager, number: string, net: number) => {
    const invoice = await em.findOneByOrFail(Invoice, { number: 'FA-2026-0005' });
    const note = em.create(CreditNote, { ...documentRow(invoice.clientId, { net }), number, status: 'validated', invoiceId: invoice.id, reason: 'Prix négocié', restock: false, partiesSnapshot: null });
    await em.insert(CreditNote, note);
    await journal.record(em, ctx, { resource: 'credit-notes', recordId: note.id, action: 'create', label: 'Avoir', after: note });
    return note;
  };

  it('fails without a matching record', async () => {
    const r = await run(sb.em(), creditCheck);
    expect(r.passed).toBe(false);
    expect(r.details).toContain('Aucun avoir ne correspond');
    expect(r.details).toContain('total HT attendu 72,00 € à 0,01 € près');
  });

  it('fails with the value found when it is outside the tolerance', async () => {
    await addCreditNote(sb.em(), 'AV-2026-0002', 8000);
    const r = await run(sb.em(), creditCheck);
    expect(r.passed).toBe(false);
    expect(r.evidence).toBe('Avoir AV-2026-0002 sur FA-2026-0005 : 80,00 € HT');
    expect(r.details).toContain('total HT = 80,00 € au lieu de 72,00 € à 0,01 € près');
  });

  it('passes when one matching record has the value within the tolerance', async () => {
    await addCreditNote(sb.em(), 'AV-2026-0003', 7200);
    const r = await run(sb.em(), creditCheck);
    expect(r.passed).toBe(true);
    expect(r.evidence).toBe('Avoir AV-2026-0003 sur FA-2026-0005 : 72,00 € HT');
  });

  it('reads computed fields: what is left to pay on an invoice after its credit notes', async () => {
    const invoice = await sb.em().findOneByOrFail(Invoice, { number: 'FA-2026-0005' });
    const r = await run(sb.em(), check({ field: { resource: 'invoices', where: { number: 'FA-2026-0005' }, field: 'credited', equals: (9600 + 8640) / 100 } }));
    expect(r.passed).toBe(true);
    expect(invoice.grossCents).toBeGreaterThan(0);
  });
});

describe('count', () => {
  const sb = freshSandbox();
  const crm = check({ count: { resource: 'interactions', where: { new: true }, n: { gte: 2 } } }, '{{count}} échange(s) consigné(s)');
  const addInteraction = async (em: EntityManager, code: string, subject: string) => {
    const row = em.create(Interaction, {
      thirdPartyId: await tier(em, code), contactId: null, kind: 'email', at: NOW, subject, outcome: null, promisedDate: null, promisedAmountCents: null, notes: null,
      relatedResource: null, relatedId: null, author: 'candidat-001', createdAt: NOW,
    });
    await em.insert(Interaction, row);
    await journal.record(em, ctx, { resource: 'interactions', recordId: row.id, action: 'create', label: subject, after: row });
  };

  it('counts only the records made during the session (the history’s calls are not)', async () => {
    const history = await run(sb.em(), check({ count: { resource: 'interactions', where: { kind: 'call' }, n: { gte: 3 } } }));
    expect(history.passed).toBe(true);
    const r = await run(sb.em(), crm);
    expect(r.passed).toBe(false);
    expect(r.details).toBe('0 échange GRC (créé(e) pendant la session) ; attendu : nombre ≥ 2.');
  });

  it('passes when the number is reached', async () => {
    await addInteraction(sb.em(), 'C0029', 'Reply to your complaint');
    expect((await run(sb.em(), crm)).passed).toBe(false);
    await addInteraction(sb.em(), 'C0013', 'Changement de lieu de livraison');
    const r = await run(sb.em(), crm);
    expect(r.passed).toBe(true);
    expect(r.evidence).toBe('2 échange(s) consigné(s)');
    expect((await run(sb.em(), check({ count: { resource: 'interactions', where: { new: true }, n: 1 } }))).passed).toBe(false);
  });
});

describe('absent', () => {
  const sb = freshSandbox();
  const noChase = check({ absent: { resource: 'reminders', where: { client: 'C0002', new: true } } }, 'Relance n° {{level}} du {{date}} à {{clientName}}');

  it('passes when nothing matches (the history’s reminders of Chabert are not new)', async () => {
    const r = await run(sb.em(), noChase);
    expect(r).toMatchObject({ passed: true, evidence: null, record: null });
    expect(r.details).toBe('Aucune relance ne correspond, comme attendu (client = « C0002 » ; créé(e) pendant la session).');
  });

  it('fails on the record that should not exist, shown as evidence', async () => {
    const em = sb.em();
    const row = em.create(Reminder, {
      clientId: await tier(em, 'C0002'), contactId: null, level: 2, kind: 'letter', date: '2026-03-16', newDeadline: '2026-03-24', language: 'fr', balanceCents: 320592,
      penaltyCents: 3202, indemnityCents: 4000, totalClaimedCents: 327794, messageId: null, interactionId: null, notes: null, author: 'candidat-001', createdAt: NOW,
    });
    await em.insert(Reminder, row);
    await journal.record(em, ctx, { resource: 'reminders', recordId: row.id, action: 'create', label: 'Relance', after: row });
    const r = await run(em, noChase);
    expect(r.passed).toBe(false);
    expect(r.evidence).toBe('Relance n° 2 du 16/03/2026 à Transports Chabert & Fils');
    expect(r.record).toEqual({ resource: 'reminders', id: row.id });
    expect(r.details).toContain('1 relance ne devrait pas exister');
  });
});

describe('sequence', () => {
  const sb = freshSandbox();
  const creditFirst = check({
    sequence: {
      first: { resource: 'orders', action: 'credit_check', record: { client: 'C0002' } },
      then: { resource: 'orders', action: 'validate', record: { client: 'C0002' } },
    },
  }, '{{first.label}} à {{first.scenarioAt}}, puis commande {{number}} validée à {{then.scenarioAt}}');

  const addOrder = async (em: EntityManager, code: string, number: string | null) => {
    const order = em.create(Order, {
      ...documentRow(await tier(em, code), { net: 8170 }), number, status: number ? 'validated' : 'draft', sourceQuoteId: null, clientReference: null, requestedDeliveryDate: null,
      paymentTerms: null, paymentMethod: null, deliveryLine1: null, deliveryLine2: null, deliveryPostcode: null, deliveryCity: null, deliveryCountry: null, cancelledAt: null,
      creditCheckStatus: null, creditCheckedAt: null,
    });
    await em.insert(Order, order);
    await em.insert(OrderLine, { orderId: order.id, position: 1, productId: null, reference: 'PAP-A4-80', label: 'Papier', unit: 'ramette', quantity: 10, unitPriceCents: 599, discountBp: 0, vatRateBp: 2000, netCents: 5990 });
    await journal.record(em, ctx, { resource: 'orders', recordId: order.id, action: 'create', label: 'Commande brouillon', after: order });
    return order;
  };

  it('fails when the second event never happened', async () => {
    const r = await run(sb.em(), creditFirst);
    expect(r.passed).toBe(false);
    expect(r.details).toBe('Aucun événement « orders / validate, client = « C0002 » » dans le journal.');
  });

  it('fails when the second event was not preceded by the first on the same record', async () => {
    const em = sb.em();
    const other = await addOrder(em, 'C0002', null);
    const order = await addOrder(em, 'C0002', 'CMD-2026-0016');
    await journal.record(em, ctx, { resource: 'orders', recordId: other.id, action: 'credit_check', label: "Contrôle d'encours Transports Chabert & Fils : autre commande" });
    await journal.record(em, ctx, { resource: 'orders', recordId: order.id, action: 'validate', label: 'Commande CMD-2026-0016' });
    await journal.record(em, ctx, { resource: 'orders', recordId: order.id, action: 'credit_check', label: "Contrôle d'encours après coup" });
    const r = await run(em, creditFirst);
    expect(r.passed).toBe(false);
    expect(r.details).toContain('sans « orders / credit_check, client = « C0002 » » avant sur le même enregistrement');
    expect(r.record).toEqual({ resource: 'orders', id: order.id });
    // Without sameRecord, the other order's check counts.
    expect((await run(em, check({ sequence: { ...creditFirst.sequence!, sameRecord: false } }))).passed).toBe(true);
  });

  it('passes when the credit check was journaled before the validation of the same order', async () => {
    const em = sb.em();
    const order = await addOrder(em, 'C0002', 'CMD-2026-0017');
    await journal.record(em, ctx, { resource: 'orders', recordId: order.id, action: 'credit_check', label: "Contrôle d'encours Transports Chabert & Fils : refusé" });
    await journal.record(em, ctx, { resource: 'orders', recordId: order.id, action: 'validate', label: 'Commande CMD-2026-0017' });
    const r = await run(em, creditFirst);
    expect(r.passed).toBe(true);
    expect(r.evidence).toBe("Contrôle d'encours Transports Chabert & Fils : refusé à 16/03/2026 08:30, puis commande CMD-2026-0017 validée à 16/03/2026 08:30");
    // The label filter and the record conditions must both hold.
    expect((await run(em, check({ sequence: { first: { ...creditFirst.sequence!.first, label: 'accepté' }, then: creditFirst.sequence!.then } }))).passed).toBe(false);
    expect((await run(em, check({ sequence: { first: { resource: 'orders', action: 'credit_check', record: { client: 'C0003' } }, then: creditFirst.sequence!.then, sameRecord: false } }))).passed).toBe(false);
  });
});

describe('the first scenario’s checks on its template', () => {
  it('mostly fail on a fresh sandbox; the absent ones pass; the same on a file copy', async () => {
    const scenario = loadScenario(BUREAU_PLUS);
    const file = path.join(tmp, 'scenario-fresh.sqlite');
    fs.copyFileSync(template, file);
    const ds = sandboxDataSource(file);
    await ds.initialize();
    try {
      const results = await evaluateScenarioChecks(scenario, ds.manager);
      expect(results.map((r) => r.id)).toEqual(scenario.document.checks!.map((c) => c.id));
      const passed = results.filter((r) => r.passed).map((r) => r.id);
      expect(passed.sort()).toEqual(['delegation-avoirs', 'pas-de-relance-chabert']);
      expect(results.every((r) => r.details.length > 10 && !r.details.startsWith('Vérification impossible'))).toBe(true);
      const summary = summarizeChecks(results);
      expect(summary).toMatchObject({ total: results.length, passed: 2, failed: results.length - 2 });
      expect(summary.points.max).toBeGreaterThan(summary.points.earned);
      const csv = checksCsv([{ candidate: '001', results }]);
      expect(csv.split('\r\n')[0]).toBe('\ufeffcandidat;vérification;critère;libellé;réussie;points;preuve;détail');
      expect(csv).toContain('001;devis-terrasses;CNED-C1.1;');
    } finally {
      await ds.destroy();
    }
    const onFile = await evaluateScenarioChecksOnFile(scenario, template);
    expect(onFile.filter((r) => r.passed).length).toBe(2);
  });
});

describe('conditions and formatting', () => {
  it('compares with each operator, null and text folding', () => {
    expect(matchesCondition(4, 4)).toBe(true);
    expect(matchesCondition(4.0000000001, { eq: 4 })).toBe(true);
    expect(matchesCondition(3, { ne: 4 })).toBe(true);
    expect(matchesCondition(5, { gt: 4, lte: 5 })).toBe(true);
    expect(matchesCondition(null, { gte: 0 })).toBe(false);
    expect(matchesCondition('2026-03-16T10:00:00', { gte: '2026-03-16' })).toBe(true);
    expect(matchesCondition('2026-03-15', { gte: '2026-03-16' })).toBe(false);
    expect(matchesCondition('sent', { in: ['validated', 'sent'] })).toBe(true);
    expect(matchesCondition(null, null)).toBe(true);
    expect(matchesCondition('', { eq: null })).toBe(true);
    expect(matchesCondition('2026-03-20', { ne: null })).toBe(true);
    expect(matchesCondition('Livrer à la MÉDIATHÈQUE Le Rize', { contains: 'médiathèque le rize' })).toBe(true);
    expect(matchesCondition(true, false)).toBe(false);
    expect(fold('  Élodie\u00a0GARNIER ')).toBe('elodie garnier');
  });

  it('formats values for the jury and gives no evidence when a placeholder names nothing known', () => {
    expect(formatValue(1854.8, 'money')).toBe('1 854,80 €');
    expect(formatValue(5.5, 'rate')).toBe('5,5 %');
    expect(formatValue('2026-03-16', 'date')).toBe('16/03/2026');
    expect(formatValue('2026-03-16T10:42:07', 'datetime')).toBe('16/03/2026 10:42');
    expect(formatValue(null, 'text')).toBe('—');
    expect(formatValue(true, 'bool')).toBe('oui');
    expect(renderEvidence('{{a}} et {{ b }}', { a: { value: 2.5, type: 'quantity' }, b: { value: 'x' } })).toBe('2,5 et x');
    expect(renderEvidence('{{a}} et {{ b }} et {{c}}', { a: { value: 2.5, type: 'quantity' }, b: { value: 'x' } })).toBeNull();
  });
});
