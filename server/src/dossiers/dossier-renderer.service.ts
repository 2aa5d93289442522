import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DossierJob, DossierResult, renderDossierFromFile } from './dossier-render.js';

interface Pending {
  id: number;
  job: DossierJob;
  resolve: (result: DossierResult) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  current: Pending | null;
}

const IDLE_MS = 30_000;
/** A dossier needs a few tens of MB: a small heap keeps the process's resident memory bounded (V8 collects sooner). */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 };

/**
 * Renders dossiers off the main thread: a small pool of worker threads (one per core, at most two),
 * started on demand and stopped after 30 s without work, so that a 60-candidate export keeps both
 * cores busy while the API stays responsive. When the compiled worker file is not there (tests run
 * the TypeScript sources), it renders inline: same function, same result.
 */
@Injectable()
export class DossierRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(DossierRenderer.name);
  private readonly workerFile = path.join(__dirname, 'dossier.worker.js');
  private readonly size = Math.max(1, Math.min(2, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length));
  private readonly pool: PoolWorker[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  /** How many dossiers are worth rendering at once (the export keeps that many in flight). */
  get concurrency(): number {
    return this.usesWorkers ? this.size : 1;
  }

  get usesWorkers(): boolean {
    return fs.existsSync(this.workerFile);
  }

  render(job: DossierJob): Promise<DossierResult> {
    if (!this.usesWorkers) return renderDossierFromFile(job);
    return new Promise<DossierResult>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    while (this.queue.length) {
      let free = this.pool.find((w) => !w.current);
      if (!free && this.pool.length < this.size) free = this.spawn();
      if (!free) return;
      const pending = this.queue.shift()!;
      free.current = pending;
      free.worker.postMessage({ id: pending.id, job: pending.job });
    }
    if (this.pool.every((w) => !w.current)) {
      this.idleTimer = setTimeout(() => void this.stopAll(), IDLE_MS);
      this.idleTimer.unref();
    }
  }

  private spawn(): PoolWorker {
    const entry: PoolWorker = { worker: new Worker(this.workerFile, { resourceLimits: WORKER_LIMITS }), current: null };
    entry.worker.on('message', (message: { id: number; result?: DossierResult; error?: string }) => {
      const pending = entry.current;
      entry.current = null;
      if (pending && pending.id === message.id) {
        // A Buffer arrives as a plain Uint8Array: wrap it again, without copying.
        const pdf = message.result?.pdf;
        if (message.result && pdf) pending.resolve({ ...message.result, pdf: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength) });
        else pending.reject(new Error(message.error ?? 'dossier worker failed'));
      }
      this.dispatch();
    });
    const fail = (error: Error) => {
      const index = this.pool.indexOf(entry);
      if (index >= 0) this.pool.splice(index, 1);
      const pending = entry.current;
      entry.current = null;
      if (pending && (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        // An unusually large dossier: render it here, where the heap is not capped.
        this.logger.warn(`dossier worker out of memory: rendering job ${pending.id} on the main thread`);
        renderDossierFromFile(pending.job).then(pending.resolve, pending.reject);
      } else if (pending) {
        pending.reject(error);
      }
      this.dispatch();
    };
    entry.worker.on('error', (error: Error) => {
      this.logger.error(`dossier worker: ${error.stack ?? error}`);
      fail(error);
    });
    entry.worker.on('exit', (code) => fail(new Error(`dossier worker exited (${code})`)));
    this.pool.push(entry);
    return entry;
  }

  private async stopAll(): Promise<void> {
    const idle = this.pool.filter((w) => !w.current);
    for (const w of idle) this.pool.splice(this.pool.indexOf(w), 1);
    await Promise.all(idle.map((w) => w.worker.terminate()));
  }

  async onModuleDestroy(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const all = this.pool.splice(0);
    for (const p of this.queue.splice(0)) p.reject(new Error('server stopping'));
    await Promise.all(all.map((w) => w.worker.terminate()));
  }
}
