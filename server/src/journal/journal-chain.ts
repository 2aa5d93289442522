import crypto from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface JournalFields {
  at: string;
  scenarioAt: string;
  userId: number | null;
  username: string;
  role: string;
  resource: string;
  recordId: string | null;
  action: string;
  label: string | null;
  changes: string;
}

/** sha256 over the previous hash and the entry's fields in a fixed order. */
export function entryHash(prevHash: string, e: JournalFields): string {
  const content = [prevHash, e.at, e.scenarioAt, e.userId ?? '', e.username, e.role, e.resource, e.recordId ?? '', e.action, e.label ?? '', e.changes];
  return crypto.createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export interface ChainCheck {
  ok: boolean;
  count: number;
  brokenAtId?: number;
}

/** Walks the entries in id order; the first one whose link or hash does not match breaks the chain. */
export function verifyChain(entries: (JournalFields & { id: number; prevHash: string; hash: string })[]): ChainCheck {
  let prev = GENESIS_HASH;
  for (const e of entries) {
    if (e.prevHash !== prev || entryHash(prev, e) !== e.hash) return { ok: false, count: entries.length, brokenAtId: e.id };
    prev = e.hash;
  }
  return { ok: true, count: entries.length };
}

const IGNORED = new Set(['createdAt', 'updatedAt']);

/** The fields that changed between two versions of a record (strings cut at 200 characters). */
export function diff(before: object | null, after: object | null): { before?: Record<string, unknown>; after?: Record<string, unknown> } {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)].filter((k) => !IGNORED.has(k) && !isObject(b[k]) && !isObject(a[k])));
  const out = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const k of keys) {
    if (before && after && JSON.stringify(b[k]) === JSON.stringify(a[k])) continue;
    if (before) out.before[k] = cut(b[k]);
    if (after) out.after[k] = cut(a[k]);
  }
  return { ...(before ? { before: out.before } : {}), ...(after ? { after: out.after } : {}) };
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function cut(v: unknown): unknown {
  return typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…` : v;
}
