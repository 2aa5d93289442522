import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { In, IsNull } from 'typeorm';
import { Candidate } from '../candidates/candidate.entity.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, AppConfig } from '../config/app.config.js';
import { ControlDb } from '../control/control-db.service.js';
import { SandboxAccessCache } from '../sandbox/sandbox-access-cache.js';
import { SandboxRegistry } from '../sandbox/sandbox-registry.service.js';
import { SessionEventsService } from '../session-events/session-events.service.js';
import { Session } from './session.entity.js';
import { hasStarted, isDueForLock } from './session-window.js';

/**
 * Locks a candidate's sandbox once their time is over: a copy of the SQLite file under
 * data/snapshots/<sandboxId>/locked-<time>.sqlite (what the jury grades), candidate.lockedAt and
 * lockedSnapshot (relative to the data directory), and a 'lock' session event.
 *
 * Lazily and reliably: a sweep every LOCK_SWEEP_SECONDS (15 s by default), the first request to the
 * sandbox after the end (SandboxGuard), and the proctor's early end / archive. Writes are refused from
 * the end on whatever the sweep's delay (the guard and SandboxDb compute the window at each request),
 * so the snapshot is the state at the end. An incident unlock clears the lock; the next end takes a
 * new snapshot (the previous file stays).
 */
@Injectable()
export class SessionLockService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SessionLockService.name);
  private readonly inFlight = new Map<number, Promise<boolean>>();
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<number> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly control: ControlDb,
    private readonly registry: SandboxRegistry,
    private readonly clock: Clock,
    private readonly cache: SandboxAccessCache,
    private readonly events: SessionEventsService,
  ) {}

  onModuleInit(): void {
    if (this.config.lockSweepSeconds <= 0) return;
    this.timer = setInterval(() => void this.sweep().catch((e) => this.logger.warn(`lock sweep: ${e}`)), this.config.lockSweepSeconds * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * Locks every candidate due for it (of one session, or of every session not archived). Returns how
   * many were locked. Concurrent calls share the run in progress.
   */
  sweep(sessionId?: number): Promise<number> {
    if (sessionId === undefined && this.sweeping) return this.sweeping;
    const run = this.sweepNow(sessionId).finally(() => {
      if (sessionId === undefined) this.sweeping = null;
    });
    if (sessionId === undefined) this.sweeping = run;
    return run;
  }

  private async sweepNow(sessionId?: number): Promise<number> {
    const now = this.clock.now();
    const due = await this.control.read(async (em) => {
      const sessions = await em.find(Session, { where: sessionId === undefined ? { archivedAt: IsNull() } : { id: sessionId } });
      const running = sessions.filter((s) => hasStarted(s, now));
      if (!running.length) return [];
      const candidates = await em.find(Candidate, { where: { sessionId: In(running.map((s) => s.id)), lockedAt: IsNull() } });
      return candidates.filter((c) => isDueForLock(running.find((s) => s.id === c.sessionId)!, c, now));
    });
    let locked = 0;
    for (const c of due) {
      try {
        if (await this.lockCandidate(c.id)) locked++;
      } catch (e) {
        this.logger.error(`lock of candidate ${c.id} (${c.sandboxId}): ${(e as Error)?.stack ?? e}`);
      }
    }
    return locked;
  }

  /** Locks and snapshots one candidate's sandbox if it is due; true when this call locked it. */
  lockCandidate(candidateId: number): Promise<boolean> {
    const running = this.inFlight.get(candidateId);
    if (running) return running;
    const job = this.lockNow(candidateId).finally(() => this.inFlight.delete(candidateId));
    this.inFlight.set(candidateId, job);
    return job;
  }

  private async lockNow(candidateId: number): Promise<boolean> {
    const now = this.clock.now();
    const found = await this.control.read(async (em) => {
      const candidate = await em.findOneBy(Candidate, { id: candidateId });
      const session = candidate ? await em.findOneBy(Session, { id: candidate.sessionId }) : null;
      return candidate && session ? { candidate, session } : null;
    });
    if (!found) return false;
    const { candidate, session } = found;
    if (candidate.lockedAt || !isDueForLock(session, candidate, now)) return false;
    if (!this.registry.exists(candidate.sandboxId)) {
      this.logger.warn(`lock of candidate ${candidate.id}: sandbox file ${candidate.sandboxId} missing`);
      return false;
    }
    const lockedAt = now.toISOString();
    const relative = path.join('snapshots', candidate.sandboxId, `locked-${lockedAt.replace(/[:.]/g, '-')}.sqlite`);
    const file = path.join(this.config.dataDir, relative);
    await this.registry.snapshot(candidate.sandboxId, file);
    standalone(file);
    const done = await this.control.write(async (em) => {
      // Decided again on fresh records: a proctor may have unlocked or extended while the file was copied.
      const fresh = await em.findOneBy(Candidate, { id: candidate.id });
      const freshSession = await em.findOneBy(Session, { id: session.id });
      if (!fresh || !freshSession || fresh.lockedAt || !isDueForLock(freshSession, fresh, this.clock.now())) return false;
      await em.update(Candidate, { id: candidate.id }, { lockedAt, lockedSnapshot: relative });
      await this.events.record(em, {
        sessionId: session.id, candidateId: candidate.id, type: 'lock', actor: null, at: now,
        reason: `Fin du temps : espace verrouillé, instantané ${relative}`,
      });
      return true;
    });
    if (!done) fs.rmSync(file, { force: true });
    this.cache.forget(candidate.sandboxId);
    return done;
  }
}

/**
 * The snapshot is a copy of a WAL-mode database, already checkpointed (the sandbox was closed first).
 * Switched to the rollback journal so that readers (checks, dossiers, the export) open it read-only
 * without leaving -wal/-shm files next to it.
 */
function standalone(file: string): void {
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
