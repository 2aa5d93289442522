import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  formatPath,
  formatScenarioError,
  hashScenarioDir,
  loadAllScenarios,
  loadScenario,
  ScenarioError,
} from './scenario-loader.js';
import { DEFAULT_RECOVERY, planHistory, recoveryOf } from './history-plan.js';
import { halfYearRates, latePenalties } from '../receivables/late-penalties.js';
import { parseInboxOffset, scenarioSchema, validateScenarioDocument } from './scenario.schema.js';
import { EXAM_CRITERIA } from '../checks/exam-criteria.js';
import { isValidSiren, isValidSiret, isValidVatNumber, frVatKey, isValidIban, zoneOfCountry } from '../common/validation/identifiers.js';

const SEEDS = path.resolve(__dirname, '../../../seeds');
const BUREAU_PLUS = path.join(SEEDS, 'bureau-plus');

let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-scenarios-'));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Copies the real scenario into tmp/<parent>/<name> and applies a text substitution to its YAML. */
function brokenCopy(name: string, from: string, to: string, parent = name): { dir: string; file: string; line: number; source: string } {
  const dir = path.join(tmp, parent, name);
  fs.cpSync(BUREAU_PLUS, dir, { recursive: true });
  const file = path.join(dir, 'scenario.yaml');
  let source = fs.readFileSync(file, 'utf8');
  source = source.replace(/^id: bureau-plus$/m, `id: ${name}`);
  const index = source.indexOf(from);
  if (index < 0) throw new Error(`text not found in scenario: ${from}`);
  source = source.slice(0, index) + to + source.slice(index + from.length);
  fs.writeFileSync(file, source);
  const line = source.slice(0, index).split('\n').length;
  return { dir, file, line, source };
}

function columnOf(source: string, line: number, text: string): number {
  return source.split('\n')[line - 1]!.indexOf(text) + 1;
}

function loadErrors(dir: string): ScenarioError[] {
  try {
    loadScenario(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).errors;
  }
  throw new Error('the scenario was expected to be invalid');
}

describe('loadScenario — real scenario bureau-plus', () => {
  it('loads and validates without errors', () => {
    const scenario = loadScenario(BUREAU_PLUS);
    expect(scenario.id).toBe('bureau-plus');
    expect(scenario.file).toBe(path.join(BUREAU_PLUS, 'scenario.yaml'));
    expect(scenario.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(scenario.title).toContain('Bureau Plus');
    expect(scenario.document.scenarioDate).toBe('2026-03-16T08:30:00');
  });

  it('is found by loadAllScenarios', () => {
    const { scenarios, errors } = loadAllScenarios(SEEDS);
    expect(errors.map(formatScenarioError)).toEqual([]);
    expect(scenarios.map((s) => s.id)).toContain('bureau-plus');
  });

  it('meets the content brief of the first scenario', () => {
    const d = loadScenario(BUREAU_PLUS).document;
    const goods = d.products.filter((p) => p.type === 'good');
    expect(d.families.length).toBeGreaterThanOrEqual(6);
    expect(d.products.length).toBeGreaterThanOrEqual(45);
    expect(d.products.some((p) => p.type === 'service')).toBe(true);
    expect(goods.filter((p) => p.openingStock === 0)).toHaveLength(1);
    expect(goods.filter((p) => p.openingStock! < p.reorderPoint!).length).toBeGreaterThanOrEqual(3);
    expect(d.products.filter((p) => p.vatRate === 5.5 || p.vatRate === 10).length).toBeGreaterThanOrEqual(2);
    for (const p of d.products) {
      expect(p.purchasePrice).toBeLessThan(p.salePrice);
      const markup = (p.salePrice / p.purchasePrice - 1) * 100;
      expect(markup).toBeGreaterThanOrEqual(25);
      expect(markup).toBeLessThanOrEqual(60);
    }

    const clients = d.thirdParties.filter((t) => t.roles.includes('client'));
    const zone = (t: (typeof clients)[number]) => zoneOfCountry(t.billingAddress.country);
    expect(clients.length).toBeGreaterThanOrEqual(28);
    expect(clients.filter((t) => t.customerType === 'b2c').length).toBeGreaterThanOrEqual(3);
    expect(clients.filter((t) => zone(t) === 'eu' && t.vatNumber).length).toBeGreaterThanOrEqual(2);
    expect(clients.filter((t) => zone(t) === 'export').length).toBeGreaterThanOrEqual(1);
    expect(clients.filter((t) => t.language === 'en').length).toBeGreaterThanOrEqual(3);
    for (const c of clients) {
      expect(c.paymentTerms).toBeDefined();
      expect(c.paymentMethod).toBeDefined();
      expect(c.creditLimit).toBeDefined();
    }

    const prospects = d.thirdParties.filter((t) => t.roles.includes('prospect'));
    expect(prospects.length).toBeGreaterThanOrEqual(12);
    expect(new Set(prospects.map((p) => p.prospectStatus))).toEqual(
      new Set(['new', 'contacted', 'qualified', 'proposal', 'negotiation', 'lost']),
    );
    expect(d.thirdParties.filter((t) => t.roles.includes('supplier')).length).toBeGreaterThanOrEqual(7);

    const contacts = d.thirdParties.flatMap((t) => t.contacts);
    expect(contacts.length).toBeGreaterThanOrEqual(70);
    expect(new Set(contacts.map((c) => c.marketingConsent))).toEqual(new Set(['granted', 'refused', 'withdrawn', 'unknown']));
    expect(contacts.filter((c) => c.accessibilityNeeds).length).toBeGreaterThanOrEqual(2);
    expect(d.staff.length).toBeGreaterThanOrEqual(6);
    expect(new Set(d.staff.map((s) => s.role))).toEqual(new Set(['manager', 'sales_rep', 'assistant', 'storekeeper', 'accountant']));
  });

  it('has valid identifiers everywhere (checked again outside the schema)', () => {
    const d = loadScenario(BUREAU_PLUS).document;
    expect(isValidIban(d.company.iban)).toBe(true);
    const parties = [d.company, ...d.thirdParties];
    for (const p of parties) {
      if (p.siren) expect(isValidSiren(p.siren)).toBe(true);
      if (p.siret) {
        expect(isValidSiret(p.siret)).toBe(true);
        expect(p.siret.startsWith(p.siren!)).toBe(true);
      }
      if (p.vatNumber) {
        expect(isValidVatNumber(p.vatNumber)).toBe(true);
        if (p.vatNumber.startsWith('FR')) expect(p.vatNumber).toBe(`FR${frVatKey(p.siren!)}${p.siren}`);
      }
    }
  });
});

describe('loadScenario — errors name the file, line and field', () => {
  it('reports a wrong SIREN', () => {
    const { dir, file, line, source } = brokenCopy('wrong-siren', 'siren: "433364650"', 'siren: "433364651"');
    const errors = loadErrors(dir);
    const e = errors.find((x) => x.path === 'thirdParties[0].siren');
    expect(e).toBeDefined();
    expect(e!.file).toBe(file);
    expect(e!.line).toBe(line);
    expect(e!.column).toBe(columnOf(source, line, 'siren:'));
    expect(e!.message).toBe('SIREN invalide (clé de Luhn)');
    expect(formatScenarioError(e!)).toMatch(new RegExp(`scenario\\.yaml:${line}:${e!.column} thirdParties\\[0\\]\\.siren: SIREN invalide`));
  });

  it('reports an unknown family', () => {
    const { dir, file, line } = brokenCopy('unknown-family', 'family: MOB', 'family: MEUBLES');
    const errors = loadErrors(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe(file);
    expect(errors[0]!.path).toBe('products[0].family');
    expect(errors[0]!.line).toBe(line);
    expect(errors[0]!.message).toContain('MEUBLES');
  });

  it('reports a misspelt key with a suggestion, and the missing field', () => {
    const { dir, line, source } = brokenCopy('typo-key', 'salePrice: 269.00', 'salePirce: 269.00');
    const errors = loadErrors(dir);
    const unknown = errors.find((x) => x.path === 'products[1].salePirce');
    expect(unknown).toBeDefined();
    expect(unknown!.line).toBe(line);
    expect(unknown!.column).toBe(columnOf(source, line, 'salePirce'));
    expect(unknown!.message).toContain('salePrice');
    const missing = errors.find((x) => x.path === 'products[1].salePrice');
    expect(missing).toBeDefined();
    // the nearest existing parent: the product item, which starts on its "reference:" line
    const itemLine = source.split('\n').findIndex((l) => l.includes('reference: MOB-BUR-140')) + 1;
    expect(missing!.line).toBe(itemLine);
  });

  it('reports a value of the wrong type', () => {
    const { dir, line } = brokenCopy('bad-type', 'capital: 80000', 'capital: "quatre-vingt mille"');
    const errors = loadErrors(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('company.capital');
    expect(errors[0]!.line).toBe(line);
    expect(errors[0]!.message).toContain('nombre attendu');
  });

  it('reports cross-reference problems with their exact path', () => {
    const { dir, line } = brokenCopy('bad-supplier', 'supplier: F0008', 'supplier: C0001');
    const errors = loadErrors(dir);
    expect(errors.map((e) => [e.path, e.line])).toEqual([['products[3].supplier', line]]);
    expect(errors[0]!.message).toContain("n'a pas le rôle supplier");
  });

  it('reports an unknown account manager and a missing prospect status', () => {
    const a = brokenCopy('bad-manager', 'accountManager: kbenali', 'accountManager: jdupont');
    expect(loadErrors(a.dir).map((e) => e.path)).toEqual(['thirdParties[0].accountManager']);
    const b = brokenCopy('no-status', '    prospectStatus: new\n', '');
    expect(loadErrors(b.dir).map((e) => e.path)).toEqual(['thirdParties[35].prospectStatus']);
  });

  it('reports a French VAT key that does not match the SIREN', () => {
    const { dir, line } = brokenCopy('bad-vat-key', 'vatNumber: "FR52433364650"', 'vatNumber: "FR53433364650"');
    const errors = loadErrors(dir);
    expect(errors.map((e) => [e.path, e.line])).toEqual([['thirdParties[0].vatNumber', line]]);
    expect(errors[0]!.message).toContain('FR52433364650');
  });

  it('reports money with more than 2 decimals and duplicate references', () => {
    const a = brokenCopy('bad-money', 'salePrice: 249.00', 'salePrice: 249.005');
    expect(loadErrors(a.dir).map((e) => [e.path, e.line])).toEqual([['products[0].salePrice', a.line]]);
    // A product the history does not sell, so that the duplicate is the only problem.
    const b = brokenCopy('dup-ref', 'reference: MOB-BUR-ANG160', 'reference: MOB-BUR-120');
    expect(loadErrors(b.dir).map((e) => [e.path, e.line])).toEqual([['products[2].reference', b.line]]);
  });

  it('reports YAML syntax errors with their line', () => {
    const { dir, line } = brokenCopy('yaml-syntax', '  legalForm: SAS\n', '  legalForm: SAS\n  legalForm: SA\n');
    const errors = loadErrors(dir);
    expect(errors[0]!.message).toMatch(/YAML invalide/);
    expect(errors[0]!.line).toBe(line + 1);
  });

  it('requires the id to equal the folder name', () => {
    const { dir } = brokenCopy('other-name', 'title: "Bureau', 'title: "Bureau');
    fs.writeFileSync(path.join(dir, 'scenario.yaml'), fs.readFileSync(path.join(dir, 'scenario.yaml'), 'utf8').replace(/^id: .*$/m, 'id: bureau-plus'));
    const errors = loadErrors(dir);
    expect(errors.map((e) => e.path)).toEqual(['id']);
    expect(errors[0]!.line).toBe(9);
  });
});

describe('loadScenario — history errors name the field of the broken reference', () => {
  const only = (dir: string) => loadErrors(dir).map((e) => [e.path, e.line, e.message] as const);

  it('reports an unknown order in a delivery note', () => {
    const { dir, file, line, source } = brokenCopy('h-unknown-order', 'order: cmd-moreau,', 'order: cmd-moraeu,');
    const errors = loadErrors(dir);
    expect(errors.map((e) => [e.path, e.line])).toEqual([['history.deliveryNotes[1].order', line]]);
    expect(errors[0]!.file).toBe(file);
    expect(errors[0]!.column).toBe(columnOf(source, line, 'order:'));
    expect(errors[0]!.message).toContain('cmd-moraeu');
  });

  it('reports an unknown product on a quote line', () => {
    const { dir, line } = brokenCopy('h-unknown-product', '{ product: SIE-REP-PIED, quantity: 6 }', '{ product: SIE-REP-PEID, quantity: 6 }');
    expect(only(dir)).toEqual([['history.quotes[1].lines[1].product', line, expect.stringContaining('SIE-REP-PEID')]]);
  });

  it('reports a delivery above what is left to deliver', () => {
    const { dir, line } = brokenCopy('h-over-delivery', '{ line: 2, quantity: 3 }', '{ line: 2, quantity: 5 }');
    expect(only(dir)).toEqual([['history.deliveryNotes[2].lines[1].quantity', line, expect.stringContaining('supérieure au reste à livrer de la ligne 2')]]);
  });

  it('reports an invoice line pointing at an order line that does not exist', () => {
    const { dir, line } = brokenCopy('h-order-line', '{ orderLine: 3, quantity: 3 }', '{ orderLine: 4, quantity: 3 }');
    expect(only(dir)).toEqual([['history.invoices[4].lines[2].orderLine', line, expect.stringContaining('ligne 4 inexistante')]]);
  });

  it('reports a history date on or after the scenario date', () => {
    const { dir, line } = brokenCopy('h-future', 'date: "2026-03-12"', 'date: "2026-03-20"');
    expect(only(dir)).toEqual([['history.quotes[12].date', line, expect.stringContaining('précéder la date du scénario')]]);
  });

  it('refuses an order made from a quote that was not accepted', () => {
    const { dir, line, source } = brokenCopy('h-quote-status', 'quote: dev-moreau', 'quote: dev-rie');
    const dateLine = source.split('\n').findIndex((l, k) => k >= line - 2 && l.includes('date: "2026-01-08"')) + 1;
    expect(only(dir)).toEqual([
      ['history.orders[1].date', dateLine, expect.stringContaining('antérieure au devis')],
      ['history.orders[1].quote', line, expect.stringContaining('seul un devis accepté')],
    ]);
  });

  it('refuses to invoice a delivery note twice and says how to plant a duplicate', () => {
    const { dir, line } = brokenCopy('h-twice', '      order: cmd-archipel\n', '      deliveryNotes: [bl-archipel]\n');
    expect(only(dir)).toEqual([['history.invoices[9].deliveryNotes[0]', line, expect.stringContaining('déjà facturé par history.invoices[7]')]]);
  });

  it('requires an incoterm on an export delivery', () => {
    const { dir, line } = brokenCopy('h-incoterm', ', incoterm: FCA }', ' }');
    expect(only(dir)).toEqual([['history.deliveryNotes[5].incoterm', line, expect.stringContaining('incoterm obligatoire')]]);
  });

  it('suggests the right spelling of a history key', () => {
    const { dir, line } = brokenCopy('h-typo', 'decisionDate: "2026-01-08"', 'decisonDate: "2026-01-08"');
    expect(only(dir)).toEqual([['history.quotes[0].decisonDate', line, expect.stringContaining('« decisionDate »')]]);
  });
});

describe('loadScenario — receivables: recovery procedure, payments and reminders', () => {
  const only = (dir: string) => loadErrors(dir).map((e) => [e.path, e.line, e.message] as const);

  it('refuses steps out of order and litigation before the last step', () => {
    const a = brokenCopy('r-after-days', '{ level: 2, afterDays: 20,', '{ level: 2, afterDays: 5,');
    expect(only(a.dir)).toEqual([['recovery.steps[1].afterDays', a.line, expect.stringContaining('délais croissants')]]);
    const b = brokenCopy('r-level-gap', '{ level: 3, afterDays: 35,', '{ level: 4, afterDays: 35,');
    expect(only(b.dir)).toEqual([['recovery.steps[2].level', b.line, expect.stringContaining('niveau 3 attendu')]]);
    const c = brokenCopy('r-litigation', 'litigationAfterDays: 50', 'litigationAfterDays: 30');
    expect(only(c.dir)).toEqual([['recovery.litigationAfterDays', c.line, expect.stringContaining('après la dernière étape de relance (35 jours)')]]);
    const d = brokenCopy('r-kind', 'kind: formal_notice, label:', 'kind: lrar, label:');
    expect(only(d.dir)).toEqual([['recovery.steps[2].kind', d.line, 'valeur attendue parmi : email, letter, formal_notice']]);
  });

  it('refuses a half-year key that is not AAAA-H1 or AAAA-H2, and a rate above 100 %', () => {
    const a = brokenCopy('r-half-year', '"2026-H1": 12.15', '"2026-S1": 12.15');
    expect(only(a.dir)).toEqual([['cgv.latePenaltyRates["2026-S1"]', a.line, expect.stringContaining('AAAA-H1')]]);
    const b = brokenCopy('r-rate', '"2026-H1": 12.15', '"2026-H1": 121.5');
    expect(only(b.dir)).toEqual([['cgv.latePenaltyRates["2026-H1"]', b.line, 'pourcentage supérieur à 100']]);
  });

  it('checks the risk status and the solvency check of a client', () => {
    const a = brokenCopy('r-risk', 'riskStatus: watch', 'riskStatus: danger');
    expect(only(a.dir)).toEqual([[expect.stringMatching(/^thirdParties\[\d+\]\.riskStatus$/), a.line, 'valeur attendue parmi : normal, watch, blocked']]);
    const b = brokenCopy('r-solvency', 'checkedOn: "2026-02-17"', 'checkedOn: "2026-04-01"');
    expect(only(b.dir)).toEqual([[expect.stringMatching(/^thirdParties\[\d+\]\.solvency\.checkedOn$/), b.line, expect.stringContaining('postérieure à la date du scénario')]]);
  });

  it('keeps the risk status for clients and prospects, and suggests the right spelling of a new key', () => {
    const a = brokenCopy('r-supplier-risk', '    roles: [supplier]\n    customerType: b2b\n', '    roles: [supplier]\n    riskStatus: watch\n    customerType: b2b\n');
    expect(only(a.dir)).toEqual([[expect.stringMatching(/^thirdParties\[\d+\]\.riskStatus$/), a.line + 1, 'riskStatus réservé aux clients et prospects (suivi du risque client)']]);
    const b = brokenCopy('r-typo', 'promisedAmount: 870.84', 'promiseAmount: 870.84');
    expect(only(b.dir)).toEqual([['history.reminders[1].promiseAmount', b.line, expect.stringContaining('« promisedAmount »')]]);
  });

  it('refuses a payment allocated to the invoice of another client', () => {
    const { dir, source } = brokenCopy('p-wrong-client', 'client: C0010\n      amount: 2890.80', 'client: C0009\n      amount: 2890.80');
    const line = source.split('\n').findIndex((l) => l.includes('{ invoice: fa-berthier, amount: 2890.80 }')) + 1;
    expect(only(dir)).toEqual([['history.payments[9].allocations[0].invoice', line, expect.stringContaining('adressée au client C0010, pas à C0009')]]);
  });

  it('refuses a payment from an unknown client or a supplier', () => {
    const a = brokenCopy('p-unknown-client', 'client: C0018\n      amount: 313.80', 'client: C0099\n      amount: 313.80');
    expect(only(a.dir)).toEqual([['history.payments[11].client', a.line, expect.stringContaining('« C0099 » inconnu')]]);
    const b = brokenCopy('p-supplier', 'client: C0018\n      amount: 313.80', 'client: F0001\n      amount: 313.80');
    expect(only(b.dir)).toEqual([['history.payments[11].client', b.line, expect.stringContaining("n'a pas le rôle client")]]);
  });

  it('refuses to allocate more than the balance of an invoice', () => {
    const { dir, line } = brokenCopy('p-over-allocation', '{ invoice: fa-archipel, amount: 313.80 }', '{ invoice: fa-archipel, amount: 400.00 }');
    expect(only(dir)).toEqual([['history.payments[11].allocations[0].amount', line, 'affectation de 400,00 € supérieure au solde de la facture « fa-archipel » (FA-2026-0008) le 2026-03-12 (313,80 €)']]);
    // The credit note counts: Moreau owes 1 554,00 − 36,00 €.
    const b = brokenCopy('p-over-credit', '{ invoice: fa-moreau, amount: 1518.00 }', '{ invoice: fa-moreau, amount: 1554.00 }');
    expect(only(b.dir)).toEqual([['history.payments[6].allocations[0].amount', b.line, expect.stringContaining('(1518,00 €)')]]);
  });

  it('refuses allocations above the amount received', () => {
    const { dir, line } = brokenCopy('p-over-amount', 'client: C0018\n      amount: 313.80', 'client: C0018\n      amount: 300.00');
    expect(only(dir)).toEqual([['history.payments[11].allocations', line + 4, 'le total affecté (313,80 €) dépasse le montant du règlement (300,00 €)']]);
  });

  it('refuses a payment after the scenario date or before its invoice', () => {
    const a = brokenCopy('p-future', 'date: "2026-03-12"\n      client: C0018', 'date: "2026-03-17"\n      client: C0018');
    expect(only(a.dir)).toEqual([['history.payments[11].date', a.line, 'règlement du 2026-03-17 postérieur à la date du scénario (2026-03-16)']]);
    const b = brokenCopy('p-before-invoice', 'date: "2026-02-17"\n      client: C0019', 'date: "2026-01-15"\n      client: C0019');
    expect(only(b.dir)).toEqual([['history.payments[7].date', b.line, expect.stringContaining('antérieur à la facture « fa-studio » (FA-2026-0003) du 2026-01-19')]]);
  });

  it('refuses a reminder that skips a level', () => {
    const { dir, source } = brokenCopy('m-skip', 'level: 1\n      invoices: [fa-perret]', 'level: 2\n      invoices: [fa-perret]');
    const line = source.split('\n').findIndex((l) => l.includes('invoices: [fa-perret]')); // 0-based index of that line = 1-based number of the level line above
    expect(only(dir)).toEqual([['history.reminders[11].level', line, expect.stringContaining('ne saute pas de niveau (niveau 1 d\'abord)')]]);
  });

  it('refuses a reminder about an invoice of another client, not overdue, or paid', () => {
    const a = brokenCopy('m-other-client', 'invoices: [fa-perret]', 'invoices: [fa-liege]');
    expect(only(a.dir)).toEqual([['history.reminders[11].invoices[0]', a.line, expect.stringContaining('adressée au client C0025, pas à C0031')]]);
    const b = brokenCopy('m-not-due', 'date: "2026-02-23"\n      client: C0023', 'date: "2026-02-10"\n      client: C0023');
    expect(only(b.dir)).toEqual([['history.reminders[10].invoices[0]', b.line + 4, expect.stringContaining("n'est pas en retard le 2026-02-10 (échéance le 2026-02-15)")]]);
    const c = brokenCopy('m-paid', 'date: "2026-02-27"\n      client: C0031\n      kind: email\n      level: 1\n      invoices: [fa-perret]\n      contact: "Julien Perret"', 'date: "2026-03-10"\n      client: C0014\n      kind: email\n      level: 1\n      invoices: [fa-canuts]\n      contact: "Denis Poulain"');
    expect(only(c.dir)).toEqual([['history.reminders[11].invoices[0]', c.line + 4, expect.stringContaining('est soldée le 2026-03-10')]]);
  });

  it('requires the outcome of a call, and a date for a promise to pay', () => {
    const a = brokenCopy('m-no-outcome', '      outcome: callback\n', '');
    const item = a.source.split('\n').findIndex((l, k) => k >= a.line - 8 && l.includes('- date: "2026-03-04"')) + 1;
    expect(only(a.dir)).toEqual([['history.reminders[7].outcome', item, expect.stringContaining("résultat de l'appel obligatoire")]]);
    const b = brokenCopy('m-no-promise-date', '      promisedDate: "2026-03-20"\n', '');
    expect(only(b.dir).map((e) => [e[0], e[2]])).toEqual([['history.reminders[9].promisedDate', expect.stringContaining('date promise obligatoire')]]);
    const c = brokenCopy('m-promise-before', 'promisedDate: "2026-03-20"', 'promisedDate: "2026-03-01"');
    expect(only(c.dir)).toEqual([['history.reminders[9].promisedDate', c.line, "date promise 2026-03-01 antérieure à l'appel (2026-03-05)"]]);
    const d = brokenCopy('m-outcome-on-letter', 'kind: letter\n      level: 2\n      invoices: [fa-thames]', 'kind: letter\n      level: 2\n      outcome: done\n      invoices: [fa-thames]');
    expect(only(d.dir)).toEqual([['history.reminders[6].outcome', d.line + 2, 'outcome réservé aux relances téléphoniques (kind: phone)']]);
  });

  it('refuses a level the procedure does not have and an unknown contact', () => {
    const a = brokenCopy('m-level-4', 'kind: formal_notice\n      level: 3', 'kind: formal_notice\n      level: 4');
    const errors = only(a.dir);
    expect(errors[0]).toEqual(['history.reminders[3].level', a.line + 1, 'niveau 4 inexistant : la procédure de relance a 3 niveau(x) (recovery.steps)']);
    const b = brokenCopy('m-contact', 'contact: "James Whitfield"', 'contact: "James Whitfeld"');
    expect(only(b.dir)).toEqual([['history.reminders[5].contact', b.line, expect.stringContaining('Olivia Bennett, James Whitfield')]]);
  });
});

describe('planHistory — receivables of bureau-plus on the scenario date', () => {
  const d = loadScenario(BUREAU_PLUS).document;
  const { plan } = planHistory(d);
  const TODAY = d.scenarioDate.slice(0, 10);
  const invoice = (ref: string) => plan.invoices.find((f) => f.ref === ref)!;
  const paidBy = (ref: string, upTo = TODAY) =>
    plan.payments.filter((p) => p.date <= upTo).flatMap((p) => p.allocations.filter((a) => a.invoiceIndex === invoice(ref).index).map((a) => ({ date: p.date, amountCents: a.amountCents })));
  const balance = (ref: string) => {
    const f = invoice(ref);
    const credited = plan.creditNotes.filter((c) => c.invoiceIndex === f.index).reduce((s, c) => s + c.totals.grossCents, 0);
    return f.totals.grossCents - credited - paidBy(ref).reduce((s, p) => s + p.amountCents, 0);
  };
  const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

  it('uses the company procedure and the half-year rates of the YAML', () => {
    expect(recoveryOf(d)).toEqual(DEFAULT_RECOVERY);
    expect(recoveryOf({})).toEqual(DEFAULT_RECOVERY);
    expect(recoveryOf({ recovery: { litigationAfterDays: 60 } })).toEqual({ ...DEFAULT_RECOVERY, litigationAfterDays: 60 });
    expect(d.cgv.latePenaltyRates).toEqual({ '2025-H2': 12.15, '2026-H1': 12.15 });
    expect(d.delegation.creditApprovalMaxOverrun).toBe(20);
  });

  it('records every payment, allocated without exceeding any balance', () => {
    expect(plan.payments).toHaveLength(d.history!.payments.length);
    expect(new Set(plan.payments.map((p) => p.method))).toEqual(new Set(['transfer', 'cheque', 'lcr', 'sepa_debit']));
    for (const p of plan.payments) {
      expect(p.allocations.reduce((s, a) => s + a.amountCents, 0) + p.unallocatedCents).toBe(p.amountCents);
      expect(p.unallocatedCents).toBeGreaterThanOrEqual(0);
    }
    for (const f of plan.invoices) expect({ number: f.number, balance: balance(f.ref) >= 0 }).toEqual({ number: f.number, balance: true });
    // The cheque of Favre had no allocations: oldest first, its only invoice.
    expect(plan.payments.find((p) => p.ref === 'reg-favre')!.allocations).toEqual([{ invoiceIndex: invoice('fa-favre').index, amountCents: 43814 }]);
  });

  it('leaves exactly the planned invoices overdue on 16/03/2026', () => {
    const overdue = plan.invoices.filter((f) => balance(f.ref) > 0 && f.dueDate < TODAY).map((f) => [f.number, f.client, balance(f.ref), days(f.dueDate, TODAY)]);
    expect(overdue).toEqual([
      ['FA-2025-0003', 'C0011', 87084, 92],
      ['FA-2025-0006', 'C0002', 320592, 30],
      ['FA-2025-0008', 'C0023', 224184, 29],
      ['FA-2025-0009', 'C0029', 277600, 46],
      ['FA-2026-0004', 'C0025', 125440, 17],
      ['FA-2026-0009', 'C0022', 115920, 2],
      ['FA-2026-0010', 'C0018', 31380, 1],
      ['FA-2026-0012', 'C0031', 82296, 24],
      ['FA-2026-0015', 'C0020', 87350, 6],
    ]);
    // A partial payment: Cycles Forez paid 1 500 € of 3 741,84 €.
    expect(paidBy('fa-cycles')).toEqual([{ date: '2026-03-06', amountCents: 150000 }]);
  });

  it('puts one client at each step of the procedure', () => {
    const lastWritten = (client: string) => Math.max(0, ...plan.reminders.filter((r) => r.client === client && r.kind !== 'phone').map((r) => r.level));
    const steps = DEFAULT_RECOVERY.steps;
    const state = (client: string, ref: string) => ({ last: lastWritten(client), days: days(invoice(ref).dueDate, TODAY) });
    // next level due: afterDays of the next level reached, the one after not yet
    const nextDue = (s: { last: number; days: number }) => (s.last < steps.length ? (steps[s.last]!.afterDays <= s.days ? s.last + 1 : 0) : s.days >= DEFAULT_RECOVERY.litigationAfterDays ? 'litigation' : 0);
    expect(nextDue(state('C0025', 'fa-liege'))).toBe(1);
    expect(nextDue(state('C0023', 'fa-cycles'))).toBe(2);
    expect(nextDue(state('C0031', 'fa-perret'))).toBe(2);
    expect(nextDue(state('C0029', 'fa-thames'))).toBe(3);
    expect(nextDue(state('C0011', 'fa-bonnet'))).toBe('litigation');
    // Chabert is due for level 2 but promised to pay after the scenario date.
    expect(nextDue(state('C0002', 'fa-chabert-dec'))).toBe(2);
    const promise = plan.reminders.filter((r) => r.client === 'C0002' && r.kind === 'phone').at(-1)!;
    expect(promise).toMatchObject({ outcome: 'promise_to_pay', promisedDate: '2026-03-20', promisedAmountCents: 320592 });
    expect(promise.promisedDate! > TODAY).toBe(true);
    // and is over its credit limit
    const chabert = d.thirdParties.find((t) => t.code === 'C0002')!;
    expect(balance('fa-chabert-dec')).toBeGreaterThan(chabert.creditLimit! * 100);
    expect(chabert).toMatchObject({ riskStatus: 'watch', solvency: { checkedOn: '2026-02-17' } });
    // every written reminder's deadline has passed
    for (const r of plan.reminders.filter((x) => x.kind !== 'phone')) expect(r.newDeadline! < TODAY).toBe(true);
  });

  it('freezes each reminder with the penalties of its day (12.15 %, 40 € for professionals only)', () => {
    const rateBpOn = halfYearRates({ '2025-H2': 1215, '2026-H1': 1215 }, 1215);
    for (const r of plan.reminders) {
      const b2b = d.thirdParties.find((t) => t.code === r.client)!.customerType === 'b2b';
      for (const i of r.invoices) {
        const f = plan.invoices.find((x) => x.index === i.invoiceIndex)!;
        const expected = latePenalties({ grossCents: f.totals.grossCents, dueDate: f.dueDate, payments: paidBy(f.ref, r.date), on: r.date, rateBpOn, b2b });
        expect(i).toMatchObject({ balanceCents: expected.balanceCents, penaltyCents: expected.penaltyCents, indemnityCents: expected.indemnityCents, daysLate: expected.daysLate, rateBp: 1215 });
      }
      expect(r.totalClaimedCents).toBe(r.balanceCents + r.penaltyCents + r.indemnityCents);
    }
    // By hand: Bonnet, 870,84 € due 14/12/2025, letter of 22/12 → 8 days × 12.15 % / 365 = 2,32 €, + 40 €.
    const first = plan.reminders[0]!;
    expect(first).toMatchObject({ client: 'C0011', kind: 'letter', level: 1, balanceCents: 87084, penaltyCents: 232, indemnityCents: 4000, totalClaimedCents: 91316, newDeadline: '2025-12-30' });
    // The consumer gets no indemnity.
    expect(plan.reminders.find((r) => r.client === 'C0031')).toMatchObject({ indemnityCents: 0, penaltyCents: 192 });
  });
});

describe('planHistory — the history of bureau-plus', () => {
  const d = loadScenario(BUREAU_PLUS).document;
  const { plan, issues } = planHistory(d);

  it('plans every document without issue, numbered per type in date order', () => {
    expect(issues).toEqual([]);
    const h = d.history!;
    expect(plan.quotes).toHaveLength(h.quotes.length);
    expect(plan.orders).toHaveLength(h.orders.length);
    expect(plan.deliveryNotes).toHaveLength(h.deliveryNotes.length);
    expect(plan.invoices).toHaveLength(h.invoices.length);
    expect(plan.creditNotes).toHaveLength(h.creditNotes.length);
    // One series per type and year: the late-2025 sales are numbered …-2025-NNNN and leave 2026 as it was.
    const perYear = (list: { date: string }[]) => [...new Set(list.map((x) => Number(x.date.slice(0, 4))))].sort().map((year) => [year, list.filter((x) => x.date.startsWith(String(year))).length]);
    expect(plan.sequences).toEqual([
      ...perYear(h.quotes).map(([year, n]) => ({ type: 'quote', year, lastValue: n })),
      ...perYear(h.orders).map(([year, n]) => ({ type: 'order', year, lastValue: n })),
      ...perYear(h.deliveryNotes).map(([year, n]) => ({ type: 'delivery-note', year, lastValue: n })),
      ...perYear(h.invoices).map(([year, n]) => ({ type: 'invoice', year, lastValue: n })),
      ...perYear(h.creditNotes).map(([year, n]) => ({ type: 'credit-note', year, lastValue: n })),
    ]);
    expect(plan.sequences.filter((x) => x.year === 2026)).toEqual([
      { type: 'quote', year: 2026, lastValue: 13 },
      { type: 'order', year: 2026, lastValue: 15 },
      { type: 'delivery-note', year: 2026, lastValue: 13 },
      { type: 'invoice', year: 2026, lastValue: 15 },
      { type: 'credit-note', year: 2026, lastValue: 1 },
    ]);
    for (const list of [plan.quotes, plan.orders, plan.deliveryNotes, plan.invoices]) {
      expect(list.map((x) => x.date)).toEqual([...list.map((x) => x.date)].sort());
      for (const year of ['2025', '2026']) {
        const ofYear = list.filter((x) => x.number.includes(`-${year}-`));
        expect(ofYear.every((x) => x.date.startsWith(year))).toBe(true);
        expect(ofYear.map((x) => Number(x.number.slice(-4)))).toEqual(ofYear.map((_, k) => k + 1));
      }
    }
  });

  it('covers the brief: B2C, intra-EU and export clients, open sales, a deposit, overdue invoices', () => {
    const party = (code: string) => d.thirdParties.find((t) => t.code === code)!;
    const orderClients = plan.orders.map((o) => party(o.client));
    expect(orderClients.some((t) => t.customerType === 'b2c')).toBe(true);
    expect(plan.orders.some((o) => o.vatRegime === 'intra_eu')).toBe(true);
    expect(plan.orders.some((o) => o.vatRegime === 'export')).toBe(true);
    expect(orderClients.filter((t) => t.customerType === 'b2b').length).toBeGreaterThan(orderClients.length / 2);
    expect(new Set(plan.orders.map((o) => o.status))).toEqual(new Set(['validated', 'partially_delivered', 'delivered', 'cancelled']));
    expect(new Set(plan.quotes.map((q) => q.status))).toEqual(new Set(['validated', 'sent', 'accepted', 'refused']));
    expect(plan.quotes.some((q) => q.status === 'sent' && q.validUntil < d.scenarioDate.slice(0, 10))).toBe(true);
    expect(plan.invoices.filter((f) => f.type === 'deposit')).toHaveLength(1);
    expect(plan.invoices.filter((f) => f.dueDate < d.scenarioDate.slice(0, 10)).length).toBeGreaterThanOrEqual(5);
    const dates = [...plan.quotes, ...plan.orders, ...plan.invoices].map((x) => x.date).sort();
    expect(dates[0]! >= '2025-10-01').toBe(true);
    expect(dates.at(-1)! < '2026-03-16').toBe(true);
  });

  it('dates the opening stock before the history and adds what the history delivered', () => {
    expect(plan.openingDay).toBe('2025-10-13');
    const delivered = new Map<string, number>();
    for (const n of plan.deliveryNotes) for (const l of n.lines) if (l.productRef) delivered.set(l.productRef, (delivered.get(l.productRef) ?? 0) + l.quantity);
    for (const p of d.products.filter((x) => x.type === 'good')) {
      expect({ ref: p.reference, out: (plan.netOutMilli.get(p.reference) ?? 0) / 1000 }).toEqual({ ref: p.reference, out: delivered.get(p.reference) ?? 0 });
    }
    expect(plan.movements.every((m) => m.type === 'out' && m.sourceType === 'delivery-note')).toBe(true);
  });

  it('has at least six planted anomalies, each with its note for trainers', () => {
    const h = d.history!;
    const noted = [...h.quotes, ...h.orders, ...h.deliveryNotes, ...h.invoices, ...h.creditNotes].filter((x) => x.anomaly);
    expect(noted.length).toBeGreaterThanOrEqual(6);
  });

  it('reports a malformed history through the schema without throwing', () => {
    const weird = [
      { quotes: 'x', orders: [null, 3], deliveryNotes: [{}], invoices: [{ ref: 'f', date: '2026-02-30', lines: 'x' }], creditNotes: [{ invoice: 1 }] },
      { quotes: [{ ref: 'q', date: '2026-01-05', client: 'C0001', status: 'accepted', lines: [{ quantity: 'deux' }, { product: 7 }, {}] }] },
      { orders: [{ ref: 'o', date: '2026-01-05', quote: 'nope', lines: [] }], invoices: [{ ref: 'f', date: '2026-01-06', type: 'deposit', order: 'o' }] },
    ];
    for (const history of weird) {
      const result = validateScenarioDocument({ ...d, history });
      expect(result.success).toBe(false);
      expect(result.error!.issues.every((i) => i.path[0] === 'history')).toBe(true);
    }
  });

  it('plans nothing for a scenario without history', () => {
    const { history: _h, ...rest } = d;
    expect(planHistory(rest)).toEqual({ plan: expect.objectContaining({ quotes: [], orders: [], sequences: [], openingDay: null, movements: [] }), issues: [] });
  });
});

describe('loadScenario — instructions, timed inbox and checks', () => {
  const one = (dir: string, fieldPath: string) => {
    const errors = loadErrors(dir);
    const e = errors.find((x) => x.path === fieldPath);
    if (!e) throw new Error(`no error at ${fieldPath}: ${errors.map(formatScenarioError).join('\n')}`);
    return e;
  };

  it('gives the first scenario instructions, at least 4 timed messages and 15 checks over 12 criteria', () => {
    const d = loadScenario(BUREAU_PLUS).document;
    expect(d.instructions).toContain('# Bureau Plus Distribution');
    expect(d.instructions).toMatch(/2 h 30/);
    expect(d.inbox!.length).toBeGreaterThanOrEqual(4);
    const offsets = d.inbox!.map((m) => parseInboxOffset(m.at)!);
    expect(offsets.every((o) => o > 0)).toBe(true);
    expect(d.inbox!.some((m) => m.language === 'en' && m.thirdParty === 'C0029')).toBe(true);
    expect(d.checks!.length).toBeGreaterThanOrEqual(15);
    expect(new Set(d.checks!.map((c) => c.criterion)).size).toBeGreaterThanOrEqual(12);
    for (const c of d.checks!) expect(EXAM_CRITERIA).toContain(c.criterion);
    const kinds = new Set(d.checks!.flatMap((c) => (['exists', 'field', 'count', 'absent', 'sequence'] as const).filter((k) => c[k] !== undefined)));
    expect([...kinds].sort()).toEqual(['absent', 'count', 'exists', 'field', 'sequence']);
  });

  it('reads inbox offsets', () => {
    expect(parseInboxOffset('+20min')).toBe(20);
    expect(parseInboxOffset('+90 min')).toBe(90);
    expect(parseInboxOffset('+1h')).toBe(60);
    expect(parseInboxOffset('+1h30')).toBe(90);
    expect(parseInboxOffset('+2 h 05 min')).toBe(125);
    expect(parseInboxOffset(45)).toBe(45);
    expect(parseInboxOffset('+1h75')).toBeNull();
    expect(parseInboxOffset('+20 minutes')).toBeNull();
    expect(parseInboxOffset(-5)).toBeNull();
    expect(parseInboxOffset(2.5)).toBeNull();
  });

  it('refuses an unreadable offset and an unknown contact of the inbox', () => {
    const a = brokenCopy('inbox-offset', 'at: "+30min"', 'at: "+30 minutes"');
    const e = one(a.dir, 'inbox[1].at');
    expect(e.line).toBe(a.line);
    expect(e.message).toContain('« +30 minutes » illisible');
    const b = brokenCopy('inbox-contact', 'contact: "Olivia Bennett"', 'contact: "Olivia Benett"');
    expect(one(b.dir, 'inbox[2].contact').message).toContain('contact « Olivia Benett » inconnu chez C0029');
  });

  it('refuses a criterion that is not in exam-criteria.md', () => {
    const { dir, line, source } = brokenCopy('check-criterion', 'criterion: CNED-C1.1', 'criterion: CNED-C9.9');
    const e = one(dir, 'checks[0].criterion');
    expect(e.line).toBe(line);
    expect(e.column).toBe(columnOf(source, line, 'criterion'));
    expect(e.message).toContain('critère inconnu « CNED-C9.9 »');
  });

  it('suggests the right resource and the right field', () => {
    const a = brokenCopy('check-resource', 'resource: credit-approvals', 'resource: credit-approval');
    const e = one(a.dir, 'checks[5].exists.resource');
    expect(e.line).toBe(a.line);
    expect(e.message).toContain('ressource « credit-approval » inconnue (vouliez-vous dire « credit-approvals » ?)');
    const b = brokenCopy('check-field', 'where: { client: C0025, level: 1', 'where: { clent: C0025, level: 1');
    const f = one(b.dir, 'checks[12].exists.where.clent');
    expect(f.line).toBe(b.line);
    expect(f.message).toContain('champ « clent » inconnu pour la ressource reminders (vouliez-vous dire « client » ?)');
  });

  it('checks the type of each value against its field', () => {
    const a = brokenCopy('check-type', '- { product: RAN-BOI-ARC, quantity: 4 }', '- { product: RAN-BOI-ARC, quantity: "4" }');
    expect(one(a.dir, 'checks[11].exists.lines[0].quantity').message).toContain('nombre attendu');
    const b = brokenCopy('check-operator', 'deposits: { gte: 1 }', 'deposits: { atLeast: 1 }');
    expect(one(b.dir, 'checks[10].exists.where.deposits.atLeast').message).toContain('opérateur « atLeast » inconnu');
  });

  it('resolves third-party codes, product references and the history’s document numbers', () => {
    const a = brokenCopy('check-tier', 'where: { code: C0011,', 'where: { code: C0111,');
    expect(one(a.dir, 'checks[15].exists.where.code').message).toContain('tiers « C0111 » inconnu');
    const b = brokenCopy('check-product', '{ product: SIE-OPE-BASE, quantity: 4, discount: 0 }', '{ product: SIE-OPE-BAS, quantity: 4, discount: 0 }');
    expect(one(b.dir, 'checks[0].exists.lines[2].product').message).toContain('article « SIE-OPE-BAS » inconnu : aucune référence du catalogue (vouliez-vous dire « SIE-OPE-BASE » ?)');
    const c = brokenCopy('check-number', '- { invoice: FA-2026-0004 }', '- { invoice: FA-2026-0000 }');
    expect(one(c.dir, 'checks[12].exists.lines[0].invoice').message).toContain('« FA-2026-0000 » introuvable dans l\'historique');
  });

  it('wants exactly one kind per check, unique ids and evidence placeholders that can be filled', () => {
    const a = brokenCopy('check-kinds', '    count:\n      resource: interactions', '    absent: { resource: interactions }\n    count:\n      resource: interactions');
    expect(one(a.dir, 'checks[20].absent').message).toContain('une vérification a un seul type (ici count et absent)');
    const b = brokenCopy('check-dup', '- id: devis-terrasses-montant', '- id: devis-terrasses');
    expect(one(b.dir, 'checks[1].id').message).toContain('identifiant de vérification en double : « devis-terrasses »');
    const c = brokenCopy('check-evidence', 'evidence: "Contact {{name}} (', 'evidence: "Contact {{nom}} (');
    expect(one(c.dir, 'checks[3].evidence').message).toContain('{{nom}} ne peut pas être rempli (vouliez-vous dire « name » ?)');
  });
});

describe('loadAllScenarios', () => {
  it('ignores folders without scenario.yaml, refuses bad folder names and collects errors', () => {
    const root = path.join(tmp, 'seeds-all');
    fs.mkdirSync(path.join(root, 'assets-only'), { recursive: true });
    fs.writeFileSync(path.join(root, 'assets-only', 'notes.txt'), 'rien');
    fs.cpSync(BUREAU_PLUS, path.join(root, 'bureau-plus'), { recursive: true });
    brokenCopy('broken', 'family: MOB', 'family: XXX', 'seeds-all');
    fs.cpSync(BUREAU_PLUS, path.join(root, 'Bad_Name'), { recursive: true });

    const { scenarios, errors } = loadAllScenarios(root);
    expect(scenarios.map((s) => s.id)).toEqual(['bureau-plus']);
    expect(errors.map((e) => [path.basename(path.dirname(e.file)), e.path])).toEqual([
      ['Bad_Name', ''],
      ['broken', 'products[0].family'],
    ]);
  });
});

describe('content hash', () => {
  it('changes when any file of the folder changes, and only then', () => {
    const dir = path.join(tmp, 'hash-test', 'bureau-plus');
    fs.cpSync(BUREAU_PLUS, dir, { recursive: true });
    const h1 = hashScenarioDir(dir);
    expect(hashScenarioDir(dir)).toBe(h1);
    expect(loadScenario(dir).hash).toBe(h1);

    fs.writeFileSync(path.join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const h2 = hashScenarioDir(dir);
    expect(h2).not.toBe(h1);

    fs.writeFileSync(path.join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x48]));
    const h3 = hashScenarioDir(dir);
    expect(h3).not.toBe(h2);

    fs.appendFileSync(path.join(dir, 'scenario.yaml'), '\n# commentaire\n');
    expect(hashScenarioDir(dir)).not.toBe(h3);
  });
});

describe('helpers', () => {
  it('formats paths', () => {
    expect(formatPath(['products', 3, 'salePrice'])).toBe('products[3].salePrice');
    expect(formatPath(['company'])).toBe('company');
    expect(formatPath([])).toBe('');
  });

  it('exposes a strict schema', () => {
    const result = scenarioSchema.safeParse({ format: 1 });
    expect(result.success).toBe(false);
  });
});
