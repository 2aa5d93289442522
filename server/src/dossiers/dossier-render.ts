import { evaluateScenarioChecks, type CheckResult, type ScenarioCheck } from '../checks/index.js';
import { sandboxDataSource } from '../sandbox/sandbox-registry.service.js';
import type { DossierCover } from './dossier-cover.js';
import { readDossierData } from './dossier-data.js';
import { renderDossierPdf } from './dossier-pdf.js';

/** One dossier to render: plain data, so that it can be posted to a worker thread. */
export interface DossierJob {
  /** A private working copy of the graded sandbox file (opened, migrated if needed, then thrown away). */
  file: string;
  cover: DossierCover;
  /** The scenario's checks, evaluated on the same file; null when the scenario is not loaded. */
  checks: readonly ScenarioCheck[] | null;
  /** ISO; the creation date printed in the productions' PDFs. */
  creationDate: string;
}

export interface DossierResult {
  pdf: Buffer;
  /** null: the checks could not be evaluated. */
  checks: CheckResult[] | null;
  checksError?: string;
}

/** Reads the working copy, evaluates the checks on it and renders the dossier. Runs in a worker thread, or inline. */
export async function renderDossierFromFile(job: DossierJob): Promise<DossierResult> {
  const dataSource = sandboxDataSource(job.file);
  await dataSource.initialize();
  let data;
  let checks: CheckResult[] | null = null;
  let checksError: string | undefined;
  try {
    data = await readDossierData(dataSource.manager);
    if (job.checks) {
      try {
        checks = await evaluateScenarioChecks(job.checks, dataSource.manager);
      } catch (error) {
        checksError = error instanceof Error ? error.message : String(error);
      }
    }
  } finally {
    await dataSource.destroy();
  }
  const pdf = await renderDossierPdf({ cover: job.cover, data, checks, creationDate: new Date(job.creationDate) });
  return { pdf, checks, checksError };
}
