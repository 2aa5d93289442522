import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentModel } from '../document-model.js';
import { asDraft, creditNote, depositInvoice, finalInvoice, invoiceB2bFr, invoiceB2c, invoiceEn, invoiceExport, invoiceIntraEu } from '../pdf/fixtures/index.js';
import { renderDocumentPdf } from '../pdf/pdf-renderer.js';

/**
 * Every Factur-X fixture, rendered to PDF, through the shared validation kit (PDF/A-3 signs, XMP,
 * Factur-X EN16931 XSD, EN 16931 CII schematron, French BR-FR schematron). CI runs from a clean
 * clone with ../shared beside the repository: the kit is looked up there, and its absence fails the
 * run when CI or REQUIRE_BROWSER=1 is set (skipped otherwise, e.g. on a laptop without the kit).
 * Each run starts a JVM (a few seconds): two at a time.
 */
const REPO_ROOT = path.resolve(__dirname, '../../../..');
const VALIDATOR = path.resolve(REPO_ROOT, '../shared/validators/facturx/validate.sh');
const REQUIRED = process.env.REQUIRE_BROWSER === '1' || !!process.env.CI;
const AVAILABLE = fs.existsSync(VALIDATOR);
const POOL = 2;

interface Case {
  model: DocumentModel;
  /** Domestic B2B documents must not even have warnings (BR-FR rules are flagged 'warning'). */
  failOnWarnings: boolean;
}

const CASES: Record<string, Case> = {
  'invoice-b2b-fr': { model: invoiceB2bFr, failOnWarnings: true },
  'deposit-invoice': { model: depositInvoice, failOnWarnings: true },
  'invoice-final-after-deposit': { model: finalInvoice, failOnWarnings: true },
  'credit-note': { model: creditNote, failOnWarnings: true },
  'invoice-b2c': { model: invoiceB2c, failOnWarnings: false },
  'invoice-intra-eu': { model: invoiceIntraEu, failOnWarnings: false },
  'invoice-export': { model: invoiceExport, failOnWarnings: false },
  'invoice-en': { model: invoiceEn, failOnWarnings: false },
};

interface Result {
  code: number;
  output: string;
  summary: string;
}

function validate(file: string, failOnWarnings: boolean): Promise<Result> {
  return new Promise((resolve) => {
    const env = { ...process.env, FACTURX_FAIL_ON_WARNINGS: failOnWarnings ? '1' : '0' };
    execFile('bash', [VALIDATOR, file], { env, maxBuffer: 10 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      const summary = output.trim().split('\n').filter((l) => l.startsWith('facturx: ')).at(-1) ?? '(no summary line)';
      resolve({ code, output, summary });
    });
  });
}

async function pool<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

const suite = AVAILABLE || REQUIRED ? describe : describe.skip;

suite('Factur-X validation kit (../shared/validators/facturx/validate.sh)', () => {
  const results = new Map<string, Result>();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facturx-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    if (!AVAILABLE) return;
    const names = Object.keys(CASES);
    const files = await Promise.all(
      names.map(async (name) => {
        const file = path.join(dir, `${name}.pdf`);
        fs.writeFileSync(file, await renderDocumentPdf(CASES[name].model, { creationDate: new Date('2026-03-16T09:00:00Z') }));
        return file;
      }),
    );
    const outcomes = await pool(names.map((name, i) => ({ name, file: files[i] })), POOL, ({ name, file }) => validate(file, CASES[name].failOnWarnings));
    names.forEach((name, i) => results.set(name, outcomes[i]));
  }, 300_000);

  it('finds the validation kit beside the repository', () => {
    expect(AVAILABLE).toBe(true);
  });

  it('reports an error for a PDF without factur-x.xml (the check is not vacuous)', async () => {
    const file = path.join(dir, 'draft-without-xml.pdf');
    fs.writeFileSync(file, await renderDocumentPdf(asDraft(invoiceB2bFr)));
    const { code, output } = await validate(file, false);
    expect(code).toBe(1);
    expect(output).toContain('[pdf] no embedded file named factur-x.xml');
  }, 60_000);

  it.each(Object.keys(CASES))('%s: 0 errors (and 0 warnings for domestic B2B)', (name) => {
    const result = results.get(name);
    expect(result).toBeDefined();
    const { code, summary, output } = result!;
    // The whole report is in the failure message when something is wrong.
    expect({ code, summary, findings: output.split('\n').filter((l) => /^(ERROR|WARNING)/.test(l)) }).toEqual({
      code: 0,
      summary: CASES[name].failOnWarnings ? 'facturx: 0 errors, 0 warnings' : expect.stringMatching(/^facturx: 0 errors, \d+ warnings$/),
      findings: CASES[name].failOnWarnings ? [] : expect.any(Array),
    });
  });
});
