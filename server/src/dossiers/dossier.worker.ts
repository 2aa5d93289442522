import 'reflect-metadata';
import { parentPort } from 'node:worker_threads';
import { DossierJob, renderDossierFromFile } from './dossier-render.js';

/** Worker thread of the DossierRenderer pool: one job at a time, answered by id. */
parentPort?.on('message', (message: { id: number; job: DossierJob }) => {
  renderDossierFromFile(message.job).then(
    (result) => parentPort?.postMessage({ id: message.id, result }),
    (error: unknown) => parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
