import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app.config.js';
import { SerialQueue } from '../common/serial-queue.js';
import { CONTROL_ENTITIES } from '../database/entities.js';
import { CONTROL_MIGRATIONS } from '../database/migrations.js';

/** data/control.sqlite: users, tokens, sessions, candidates, sandboxes. Migrated at boot. */
@Injectable()
export class ControlDb implements OnModuleDestroy {
  private dataSource: DataSource | null = null;
  private readonly queue = new SerialQueue();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async open(): Promise<void> {
    if (this.dataSource) return;
    fs.mkdirSync(this.config.dataDir, { recursive: true });
    const ds = new DataSource({
      type: 'better-sqlite3',
      database: path.join(this.config.dataDir, 'control.sqlite'),
      entities: CONTROL_ENTITIES,
      migrations: CONTROL_MIGRATIONS,
      migrationsRun: true,
      enableWAL: true,
      prepareDatabase: (db) => db.pragma('synchronous = NORMAL'),
    });
    await ds.initialize();
    this.dataSource = ds;
  }

  get manager(): EntityManager {
    if (!this.dataSource) throw new Error('Control database is not open');
    return this.dataSource.manager;
  }

  /** A read, queued behind any write in progress. */
  read<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.queue.run('control', () => fn(this.manager));
  }

  /** A write transaction, one at a time. */
  write<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.queue.run('control', () => this.manager.transaction(fn));
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.run('control', async () => {
      await this.dataSource?.destroy();
      this.dataSource = null;
    });
  }
}
