import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { parseListQuery, runList, filters, ListSpec } from '../common/http/list-query.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import type { Database } from 'better-sqlite3';
import { diff, entryHash, GENESIS_HASH, JournalFields, verifyChain } from './journal-chain.js';
import { JournalEntry } from './journal-entry.entity.js';

export interface JournalRecord {
  resource: string;
  recordId: number | string | null;
  action: string;
  label?: string | null;
  before?: object | null;
  after?: object | null;
}

const LIST: ListSpec<JournalEntry> = {
  alias: 'j',
  sortable: { id: 'j.id', at: 'j.id', scenarioAt: 'j.scenarioAt', resource: 'j.resource', action: 'j.action', username: 'j.username' },
  filters: {
    id: filters.ids('j.id'),
    resource: filters.equals('j.resource'),
    action: filters.equals('j.action'),
    recordId: filters.equals('j.recordId'),
    username: filters.equals('j.username'),
    at_gte: filters.gte('j.at'),
    at_lte: filters.lte('j.at'),
    q: filters.text(['j.label', 'j.resource', 'j.action', 'j.username']),
  },
};

/** Appends to and reads the sandbox's hash-chained activity journal. */
@Injectable()
export class JournalService {
  constructor(private readonly db: SandboxDb) {}

  /** Appends one entry inside the caller's write transaction. */
  async record(em: EntityManager, ctx: SandboxContext, record: JournalRecord): Promise<void> {
    const last = await em.createQueryBuilder(JournalEntry, 'j').select(['j.hash']).orderBy('j.id', 'DESC').limit(1).getOne();
    await em.insert(JournalEntry, chainedEntry(last?.hash ?? GENESIS_HASH, ctx, record));
  }

  /**
   * The same, on a raw connection to a sandbox file that is not open yet (the fresh copy made at
   * reset), so that resetting does not pay for opening a TypeORM DataSource.
   */
  recordRaw(db: Database, ctx: SandboxContext, record: JournalRecord): void {
    const last = db.prepare('SELECT hash FROM journal_entry ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
    const entry = chainedEntry(last?.hash ?? GENESIS_HASH, ctx, record);
    const columns = Object.keys(entry);
    db.prepare(`INSERT INTO journal_entry (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(entry);
  }

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['id', 'DESC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(JournalEntry, 'j'), LIST, list);
      return { ...result, rows: result.rows.map(present) };
    });
  }

  verify(ctx: SandboxContext) {
    return this.db.read(ctx, async (em) => verifyChain(await em.find(JournalEntry, { order: { id: 'ASC' } })));
  }
}

function chainedEntry(prevHash: string, ctx: SandboxContext, record: JournalRecord) {
  const fields: JournalFields = {
    at: new Date().toISOString(),
    scenarioAt: ctx.clock.nowIso(),
    userId: ctx.actor.userId,
    username: ctx.actor.username,
    role: ctx.actor.role,
    resource: record.resource,
    recordId: record.recordId === null ? null : String(record.recordId),
    action: record.action,
    label: record.label ?? null,
    changes: JSON.stringify(diff(record.before ?? null, record.after ?? null)),
  };
  return { ...fields, prevHash, hash: entryHash(prevHash, fields) };
}

function present(e: JournalEntry) {
  const { prevHash: _p, hash: _h, changes, ...rest } = e;
  return { ...rest, changes: JSON.parse(changes) as unknown };
}
