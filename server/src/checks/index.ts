/**
 * Scenario checks (seeds/README.md, "Checks") — what other modules use.
 *
 *   evaluateScenarioChecks(scenario, em): Promise<CheckResult[]>
 *     scenario: a LoadedScenario (ScenariosService.get(id).scenario), its ScenarioDocument, or the
 *               list of checks itself; em: an EntityManager on the sandbox (live or snapshot).
 *     One result per check, in the scenario's order:
 *       { id, label, criterion, kind, points, passed, evidence, details, record }
 *     (evidence: the check's template filled with the record that decided it, or null; details: a
 *     French sentence of what was found; record: { resource, id } of that record, or null).
 *
 *   evaluateScenarioChecksOnFile(scenario, file): Promise<CheckResult[]>
 *     The same on a sandbox file that is not open (a locked snapshot): the file is copied to a
 *     temporary file first, so that the snapshot is never written to (migrations, WAL).
 *
 *   summarizeChecks(results) → { total, passed, failed, points: { earned, max } }
 *   checksCsv(rows) → CSV (";" separated, UTF-8 BOM) of results, one row per candidate and check.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EntityManager } from 'typeorm';
import { removeSidecars, sandboxDataSource } from '../sandbox/sandbox-registry.service.js';
import type { LoadedScenario } from '../scenarios/scenario-loader.js';
import type { ScenarioDocument } from '../scenarios/scenario.schema.js';
import { CheckResult, evaluateChecks } from './check-evaluator.js';
import type { ScenarioCheck } from './check.schema.js';

export type { CheckResult } from './check-evaluator.js';
export type { ScenarioCheck } from './check.schema.js';
export { EXAM_CRITERIA } from './exam-criteria.js';

export type ChecksSource = LoadedScenario | ScenarioDocument | readonly ScenarioCheck[];

export function checksOf(source: ChecksSource): readonly ScenarioCheck[] {
  if (Array.isArray(source)) return source as readonly ScenarioCheck[];
  if ('document' in (source as LoadedScenario)) return (source as LoadedScenario).document.checks ?? [];
  return (source as ScenarioDocument).checks ?? [];
}

export function evaluateScenarioChecks(scenario: ChecksSource, em: EntityManager): Promise<CheckResult[]> {
  return evaluateChecks(checksOf(scenario), em);
}

export async function evaluateScenarioChecksOnFile(scenario: ChecksSource, file: string): Promise<CheckResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-checks-'));
  const copy = path.join(dir, 'sandbox.sqlite');
  fs.copyFileSync(file, copy);
  const ds = sandboxDataSource(copy);
  try {
    await ds.initialize();
    return await evaluateChecks(checksOf(scenario), ds.manager);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    removeSidecars(copy);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function summarizeChecks(results: readonly CheckResult[]) {
  const passed = results.filter((r) => r.passed).length;
  const points = results.reduce((acc, r) => ({ earned: acc.earned + (r.passed ? r.points ?? 0 : 0), max: acc.max + (r.points ?? 0) }), { earned: 0, max: 0 });
  return { total: results.length, passed, failed: results.length - passed, points: { earned: round2(points.earned), max: round2(points.max) } };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** CSV of check results (exam-centre spreadsheets): one row per candidate and check. */
export function checksCsv(rows: readonly { candidate: string; results: readonly CheckResult[] }[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [['candidat', 'vérification', 'critère', 'libellé', 'réussie', 'points', 'preuve', 'détail'].join(';')];
  for (const row of rows) {
    for (const r of row.results) {
      lines.push([row.candidate, r.id, r.criterion, r.label, r.passed ? 'oui' : 'non', r.points === null ? '' : r.passed ? r.points : 0, r.evidence ?? '', r.details].map(cell).join(';'));
    }
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
