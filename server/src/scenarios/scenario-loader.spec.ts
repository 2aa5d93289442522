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
import { planHistory } from './history-plan.js';
import { scenarioSchema, validateScenarioDocument } from './scenario.schema.js';
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
    expect(plan.sequences).toEqual([
      { type: 'quote', year: 2026, lastValue: h.quotes.length },
      { type: 'order', year: 2026, lastValue: h.orders.length },
      { type: 'delivery-note', year: 2026, lastValue: h.deliveryNotes.length },
      { type: 'invoice', year: 2026, lastValue: h.invoices.length },
      { type: 'credit-note', year: 2026, lastValue: h.creditNotes.length },
    ]);
    for (const list of [plan.quotes, plan.orders, plan.deliveryNotes, plan.invoices]) {
      expect(list.map((x) => x.date)).toEqual([...list.map((x) => x.date)].sort());
      expect(list.map((x) => Number(x.number.slice(-4)))).toEqual(list.map((_, k) => k + 1));
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
    expect(dates[0]! >= '2026-01-01').toBe(true);
    expect(dates.at(-1)! < '2026-03-16').toBe(true);
  });

  it('dates the opening stock before the history and adds what the history delivered', () => {
    expect(plan.openingDay).toBe('2026-01-06');
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
