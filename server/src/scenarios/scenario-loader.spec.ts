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
import { scenarioSchema } from './scenario.schema.js';
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
    const b = brokenCopy('dup-ref', 'reference: MOB-BUR-140', 'reference: MOB-BUR-120');
    expect(loadErrors(b.dir).map((e) => [e.path, e.line])).toEqual([['products[1].reference', b.line]]);
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
