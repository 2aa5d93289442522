import { Injectable, Logger } from '@nestjs/common';
import { AuthUser } from '../auth/auth-user.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { Clock } from '../common/time/clock.js';
import { ControlDb } from '../control/control-db.service.js';
import { hidesCandidateNames, readableSession } from '../juries/jury-access.js';
import { SandboxRegistry } from '../sandbox/sandbox-registry.service.js';
import { Session } from './session.entity.js';
import { candidateWindow, isPaused, latestEndsAt, sessionEndsAt, sessionStatus } from './session-window.js';

/** A candidate with no request and no journal entry for this long is shown idle. */
export const IDLE_AFTER_MINUTES = 5;

export type LiveState = 'not_logged_in' | 'working' | 'idle' | 'ended';

interface SandboxStats {
  quotes: number;
  orders: number;
  deliveryNotes: number;
  invoices: number;
  creditNotes: number;
  messagesSent: number;
  reminders: number;
  lastAt: string | null;
  lastLabel: string | null;
  lastResource: string | null;
  lastAction: string | null;
}

/**
 * One small query per sandbox: the documents the candidate produced (created by a candidate's journal
 * entry and still there; e-mails and reminders with an author, the scenario's own have none) and the
 * candidate's last journal entry.
 */
const STATS_SQL = `
  WITH mine AS (SELECT resource, action, CAST(recordId AS INTEGER) AS id FROM journal_entry WHERE role = 'candidate'),
       last AS (SELECT at, label, resource, action FROM journal_entry WHERE role = 'candidate' ORDER BY id DESC LIMIT 1)
  SELECT
    (SELECT COUNT(*) FROM quote WHERE id IN (SELECT id FROM mine WHERE resource = 'quotes' AND action IN ('create', 'duplicate'))) AS quotes,
    (SELECT COUNT(*) FROM "order" WHERE id IN (SELECT id FROM mine WHERE resource = 'orders' AND action IN ('create', 'convert-from-quote'))) AS orders,
    (SELECT COUNT(*) FROM delivery_note WHERE id IN (SELECT id FROM mine WHERE resource = 'delivery-notes' AND action = 'create')) AS deliveryNotes,
    (SELECT COUNT(*) FROM invoice WHERE id IN (SELECT id FROM mine WHERE resource = 'invoices' AND action = 'create')) AS invoices,
    (SELECT COUNT(*) FROM credit_note WHERE id IN (SELECT id FROM mine WHERE resource = 'credit-notes' AND action = 'create')) AS creditNotes,
    (SELECT COUNT(*) FROM message WHERE direction = 'out' AND author IS NOT NULL) AS messagesSent,
    (SELECT COUNT(*) FROM reminder WHERE author IS NOT NULL) AS reminders,
    (SELECT at FROM last) AS lastAt, (SELECT label FROM last) AS lastLabel,
    (SELECT resource FROM last) AS lastResource, (SELECT action FROM last) AS lastAction`;

/** Sandboxes read at the same time for one live view (2-core machines, 60 candidates). */
const PARALLEL = 4;

/** The proctor console's live view of a session. */
@Injectable()
export class SessionLiveService {
  private readonly logger = new Logger(SessionLiveService.name);

  constructor(
    private readonly control: ControlDb,
    private readonly registry: SandboxRegistry,
    private readonly clock: Clock,
  ) {}

  async live(sessionId: number, user: AuthUser) {
    const { session, candidates } = await this.control.read(async (em) => {
      const session = await readableSession(em, user, sessionId);
      const candidates = await em.find(Candidate, { where: { sessionId }, order: { candidateNumber: 'ASC' } });
      return { session, candidates };
    });
    const stats = await mapLimited(candidates, PARALLEL, (c) => this.stats(c.sandboxId));
    const now = this.clock.now();
    const endsAt = sessionEndsAt(session, now);
    const hideNames = hidesCandidateNames(user, session);
    return {
      session: {
        id: session.id, name: session.name, mode: session.mode, status: sessionStatus(session, candidates, now), paused: isPaused(session),
        pausedAt: isPaused(session) ? session.pausedAt : null, pausedSeconds: session.pausedSeconds, startsAt: session.startsAt,
        openedAt: session.openedAt, startedAt: session.startedAt, endedAt: session.endedAt, archivedAt: session.archivedAt,
        endsAt: endsAt.toISOString(), latestEndsAt: latestEndsAt(session, candidates, now).toISOString(),
        remainingSeconds: Math.max(0, Math.floor((endsAt.getTime() - now.getTime()) / 1000)), serverNow: now.toISOString(),
      },
      candidates: candidates.map((c, i) => this.candidateRow(session, c, stats[i], now, hideNames)),
    };
  }

  private candidateRow(session: Session, c: Candidate, s: SandboxStats | null, now: Date, hideNames: boolean) {
    const window = candidateWindow(session, c, now);
    const lastActivity = Math.max(c.lastSeenAt ? Date.parse(c.lastSeenAt) : 0, s?.lastAt ? Date.parse(s.lastAt) : 0);
    const quietMinutes = lastActivity ? Math.floor((now.getTime() - lastActivity) / 60_000) : null;
    let state: LiveState;
    if (window.timeOver && !window.unlocked) state = 'ended';
    else if (!c.firstLoginAt) state = 'not_logged_in';
    else if (quietMinutes !== null && quietMinutes >= IDLE_AFTER_MINUTES) state = 'idle';
    else state = 'working';
    return {
      candidateId: c.id, candidateNumber: c.candidateNumber, name: hideNames ? null : c.name, anonymousCode: c.anonymousCode, sandboxId: c.sandboxId,
      state, idleMinutes: state === 'idle' ? quietMinutes : null, remainingSeconds: window.remainingSeconds, endsAt: window.endsAt.toISOString(),
      access: window.access, locked: window.access === 'locked', lockedAt: c.lockedAt, unlockedUntil: window.unlocked ? c.unlockedUntil : null,
      extraMinutes: c.extraMinutes, extendedMinutes: c.extendedMinutes, firstLoginAt: c.firstLoginAt, lastSeenAt: c.lastSeenAt,
      lastActionAt: s?.lastAt ?? null, lastAction: s?.lastAt ? (s.lastLabel ?? `${s.lastResource} ${s.lastAction}`) : null,
      documents: s
        ? { quotes: s.quotes, orders: s.orders, deliveryNotes: s.deliveryNotes, invoices: s.invoices, creditNotes: s.creditNotes, messagesSent: s.messagesSent, reminders: s.reminders }
        : null,
    };
  }

  private async stats(sandboxId: string): Promise<SandboxStats | null> {
    try {
      const rows = (await this.registry.run(sandboxId, (ds) => ds.query(STATS_SQL))) as Record<string, unknown>[];
      const row = rows[0] ?? {};
      const n = (k: string) => Number(row[k] ?? 0);
      const t = (k: string) => (row[k] === null || row[k] === undefined ? null : String(row[k]));
      return {
        quotes: n('quotes'), orders: n('orders'), deliveryNotes: n('deliveryNotes'), invoices: n('invoices'), creditNotes: n('creditNotes'),
        messagesSent: n('messagesSent'), reminders: n('reminders'), lastAt: t('lastAt'), lastLabel: t('lastLabel'), lastResource: t('lastResource'), lastAction: t('lastAction'),
      };
    } catch (e) {
      // A missing or unreadable sandbox must not blank the whole console.
      this.logger.warn(`live stats ${sandboxId}: ${e}`);
      return null;
    }
  }
}

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
