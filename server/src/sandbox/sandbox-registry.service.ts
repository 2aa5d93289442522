import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app.config.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { SerialQueue } from '../common/serial-queue.js';
import { SANDBOX_ENTITIES } from '../database/entities.js';
import { SANDBOX_MIGRATIONS } from '../database/migrations.js';
import { isValidSandboxId } from './sandbox-context.js';

interface OpenSandbox {
  dataSource: DataSource;
  lastUsed: number;
}

export function sandboxDataSource(file: string): DataSource {
  return new DataSource({
    type: 'better-sqlite3',
    database: file,
    entities: SANDBOX_ENTITIES,
    migrations: SANDBOX_MIGRATIONS,
    migrationsRun: true,
    enableWAL: true,
    prepareDatabase: (db) => db.pragma('synchronous = NORMAL'),
  });
}

/**
 * The one place that opens sandbox files. DataSources open lazily and close when idle; every
 * operation on one sandbox (reads, write transactions, file replacement) runs through its queue.
 */
@Injectable()
export class SandboxRegistry implements OnModuleDestroy {
  private readonly logger = new Logger(SandboxRegistry.name);
  private readonly open = new Map<string, OpenSandbox>();
  private readonly queue = new SerialQueue();
  private readonly idleTimer: NodeJS.Timeout;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    fs.mkdirSync(this.dir, { recursive: true });
    this.idleTimer = setInterval(() => void this.closeIdle(), 60_000);
    this.idleTimer.unref();
  }

  get dir(): string {
    return path.join(this.config.dataDir, 'sandboxes');
  }

  /** The file of a sandbox. Refuses any id that is not strictly valid before it touches the disk. */
  fileOf(sandboxId: string): string {
    if (!isValidSandboxId(sandboxId)) throw new DomainException('SANDBOX_ID_INVALID');
    return path.join(this.dir, `${sandboxId}.sqlite`);
  }

  exists(sandboxId: string): boolean {
    return fs.existsSync(this.fileOf(sandboxId));
  }

  /** Runs `fn` with the sandbox's DataSource, in the sandbox's queue. */
  run<T>(sandboxId: string, fn: (dataSource: DataSource) => Promise<T>): Promise<T> {
    const file = this.fileOf(sandboxId);
    return this.queue.run(sandboxId, async () => fn(await this.dataSourceOf(sandboxId, file)));
  }

  /** A write transaction on the sandbox, in its queue. */
  write<T>(sandboxId: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.run(sandboxId, (ds) => ds.transaction(fn));
  }

  /**
   * Replaces the sandbox file by a copy of `source` (a closed template or snapshot). The current
   * file, if any, is moved to `keepAs` first (a rename: the previous state is kept, not copied).
   * `prepare` may write into the fresh copy (raw connection) before it takes the sandbox's place.
   */
  replaceFile(sandboxId: string, source: string, keepAs?: string, prepare?: (db: Database) => void): Promise<void> {
    const file = this.fileOf(sandboxId);
    return this.queue.run(sandboxId, async () => {
      await this.closeNow(sandboxId);
      if (keepAs && fs.existsSync(file)) {
        fs.mkdirSync(path.dirname(keepAs), { recursive: true });
        fs.renameSync(file, keepAs);
      }
      removeSidecars(file);
      const tmp = `${file}.${process.pid}.tmp`;
      fs.copyFileSync(source, tmp);
      if (prepare) {
        const db = new BetterSqlite3(tmp);
        try {
          db.transaction(() => prepare(db))();
        } finally {
          db.close();
        }
        removeSidecars(tmp);
      }
      fs.renameSync(tmp, file);
    });
  }

  /** Copies the sandbox's current state to `target` (closed first, so the file is consistent). */
  snapshot(sandboxId: string, target: string): Promise<void> {
    const file = this.fileOf(sandboxId);
    return this.queue.run(sandboxId, async () => {
      await this.closeNow(sandboxId);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(file, target);
    });
  }

  openCount(): number {
    return this.open.size;
  }

  private async dataSourceOf(sandboxId: string, file: string): Promise<DataSource> {
    const entry = this.open.get(sandboxId);
    if (entry) {
      entry.lastUsed = Date.now();
      return entry.dataSource;
    }
    if (!fs.existsSync(file)) throw new DomainException('SANDBOX_NOT_FOUND');
    const dataSource = sandboxDataSource(file);
    await dataSource.initialize();
    this.open.set(sandboxId, { dataSource, lastUsed: Date.now() });
    return dataSource;
  }

  private async closeNow(sandboxId: string): Promise<void> {
    const entry = this.open.get(sandboxId);
    if (!entry) return;
    this.open.delete(sandboxId);
    await entry.dataSource.destroy();
  }

  private async closeIdle(): Promise<void> {
    const limit = Date.now() - this.config.sandboxIdleMinutes * 60_000;
    for (const [id, entry] of this.open) {
      if (entry.lastUsed < limit && this.queue.isIdle(id)) {
        await this.queue.run(id, () => this.closeNow(id)).catch((e) => this.logger.warn(`close ${id}: ${e}`));
      }
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.idleTimer);
    await Promise.all([...this.open.keys()].map((id) => this.queue.run(id, () => this.closeNow(id))));
  }
}

export function removeSidecars(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}
