import { Injectable } from '@nestjs/common';
import { EntityManager, MoreThan } from 'typeorm';
import { AuthUser } from '../auth/auth-user.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Clock } from '../common/time/clock.js';
import { ControlDb } from '../control/control-db.service.js';
import { JournalService } from '../journal/journal.service.js';
import { SandboxAccessCache } from '../sandbox/sandbox-access-cache.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxRegistry } from '../sandbox/sandbox-registry.service.js';
import { ScenarioClock } from '../sandbox/scenario-clock.js';
import { Sandbox } from '../sandboxes/sandbox.entity.js';
import { SessionEventsService } from '../session-events/session-events.service.js';
import { Session } from './session.entity.js';
import { SessionLockService } from './session-lock.service.js';
import { candidateWindow, isPaused, runningElapsedMs, sessionStatus } from './session-window.js';
import { SessionsService } from './sessions.service.js';

export type SessionAction = 'open' | 'start' | 'pause' | 'resume' | 'end' | 'archive';

/**
 * The proctor's actions on a session and its candidates. Each checks the transition against the
 * lifecycle at the control clock's now (409 with a French message when impossible, nothing written),
 * updates the session, journals a session_event (who, when, why) and forgets the cached access of
 * the session's sandboxes, so that the change applies at the next request. Answers the session detail.
 */
@Injectable()
export class SessionLifecycleService {
  constructor(
    private readonly control: ControlDb,
    private readonly clock: Clock,
    private readonly sessions: SessionsService,
    private readonly events: SessionEventsService,
    private readonly locks: SessionLockService,
    private readonly cache: SandboxAccessCache,
    private readonly registry: SandboxRegistry,
    private readonly journal: JournalService,
  ) {}

  async act(sessionId: number, action: SessionAction, by: AuthUser, reason: string | null = null) {
    // An archived session keeps the locks of its candidates: take the ones still due first.
    if (action === 'archive') await this.locks.sweep(sessionId);
    const result = await this.control.write(async (em) => {
      const { session, candidates } = await this.load(em, sessionId);
      const now = this.clock.now();
      const status = sessionStatus(session, candidates, now);
      if (status === 'archived') throw new DomainException('SESSION_IS_ARCHIVED');
      const iso = now.toISOString();
      const changes: Partial<Session> = {};
      switch (action) {
        case 'open':
          if (status !== 'planned') throw new DomainException(status === 'open' ? 'SESSION_ALREADY_OPEN' : 'SESSION_ALREADY_STARTED');
          changes.openedAt = iso;
          break;
        case 'start':
          if (status !== 'planned' && status !== 'open') throw new DomainException(status === 'running' ? 'SESSION_ALREADY_STARTED' : 'SESSION_ALREADY_ENDED');
          changes.startedAt = iso;
          if (!session.openedAt) changes.openedAt = iso;
          break;
        case 'pause':
          if (status !== 'running') throw new DomainException(status === 'ended' ? 'SESSION_ALREADY_ENDED' : 'SESSION_NOT_RUNNING');
          if (isPaused(session)) throw new DomainException('SESSION_ALREADY_PAUSED');
          changes.pausedAt = iso;
          break;
        case 'resume':
          if (!isPaused(session)) throw new DomainException('SESSION_NOT_PAUSED');
          Object.assign(changes, closePause(session, now));
          break;
        case 'end':
          if (status !== 'running') throw new DomainException(status === 'ended' ? 'SESSION_ALREADY_ENDED' : 'SESSION_NOT_RUNNING');
          changes.endedAt = iso;
          if (isPaused(session)) Object.assign(changes, closePause(session, now));
          break;
        case 'archive':
          if (status === 'running') throw new DomainException('SESSION_STILL_RUNNING');
          changes.archivedAt = iso;
          break;
      }
      await em.update(Session, { id: session.id }, changes);
      // An early end ends incident unlocks too: everyone stops now.
      if (action === 'end') await em.update(Candidate, { sessionId, unlockedUntil: MoreThan(iso) }, { unlockedUntil: iso });
      await this.events.record(em, { sessionId, type: action, reason, actor: by, at: now, minutes: action === 'resume' ? pauseMinutes(session, now) : null });
      return this.sessions.detail(em, { ...session, ...changes });
    });
    this.cache.forgetSession(sessionId);
    // An early end locks everyone now (snapshot of the state at the end), rather than at the next sweep.
    if (action === 'end') {
      await this.locks.sweep(sessionId);
      return this.sessions.get(sessionId, by);
    }
    return result;
  }

  /** Adds minutes to one candidate's time, before their end. */
  async extend(sessionId: number, candidateId: number, by: AuthUser, minutes: number, reason: string) {
    const result = await this.control.write(async (em) => {
      const { session, candidate } = await this.loadCandidate(em, sessionId, candidateId);
      const now = this.clock.now();
      if (session.archivedAt) throw new DomainException('SESSION_IS_ARCHIVED');
      if (session.endedAt) throw new DomainException('SESSION_ALREADY_ENDED');
      if (candidateWindow(session, candidate, now).timeOver) throw new DomainException('CANDIDATE_TIME_OVER');
      await em.update(Candidate, { id: candidate.id }, { extendedMinutes: candidate.extendedMinutes + minutes });
      await this.events.record(em, { sessionId, candidateId, type: 'extend', reason, minutes, actor: by, at: now });
      return this.sessions.detail(em, session);
    });
    this.cache.forgetSession(sessionId);
    return result;
  }

  /**
   * Writes allowed again for `minutes` after a technical incident, for a candidate whose time is over.
   * The state at the end is snapshotted first (if the lock had not happened yet); the lock is cleared
   * and the next end (of the unlock) takes a new snapshot. Journaled in the session and in the
   * candidate's sandbox journal.
   */
  async unlock(sessionId: number, candidateId: number, by: AuthUser, minutes: number, reason: string) {
    const { session, candidate } = await this.control.read((em) => this.loadCandidate(em, sessionId, candidateId));
    this.checkUnlock(session, candidate);
    await this.locks.lockCandidate(candidate.id);

    const sandbox = await this.control.read((em) => em.findOneBy(Sandbox, { id: candidate.sandboxId }));
    const ctx: SandboxContext = {
      sandboxId: candidate.sandboxId,
      clock: ScenarioClock.running(sandbox?.scenarioStartAt ?? '2000-01-01', () => runningElapsedMs(session, this.clock.now())),
      actor: { userId: by.id, username: by.username, role: by.role },
      writable: true,
    };
    const result = await this.control.write(async (em) => {
      const fresh = await this.loadCandidate(em, sessionId, candidateId);
      this.checkUnlock(fresh.session, fresh.candidate);
      const now = this.clock.now();
      const until = new Date(now.getTime() + minutes * 60_000).toISOString();
      await em.update(Candidate, { id: candidate.id }, { unlockedUntil: until, lockedAt: null, lockedSnapshot: null });
      await this.events.record(em, { sessionId, candidateId, type: 'unlock', reason, minutes, actor: by, at: now });
      // In the control transaction: if the sandbox journal cannot be written, nothing is unlocked.
      await this.registry.write(candidate.sandboxId, (sem) =>
        this.journal.record(sem, ctx, {
          resource: 'sandbox', recordId: candidate.sandboxId, action: 'unlock',
          label: `Déverrouillage pour incident technique par ${by.displayName}, ${minutes} min jusqu'à ${until.slice(11, 16)} UTC : ${reason}`,
        }),
      );
      return this.sessions.detail(em, fresh.session);
    });
    this.cache.forget(candidate.sandboxId);
    return result;
  }

  private checkUnlock(session: Session, candidate: Candidate): void {
    const window = candidateWindow(session, candidate, this.clock.now());
    if (session.archivedAt) throw new DomainException('SESSION_IS_ARCHIVED');
    if (!window.lockApplies) throw new DomainException('SESSION_NO_LOCK');
    if (!window.timeOver) throw new DomainException('CANDIDATE_NOT_ENDED');
  }

  private async load(em: EntityManager, sessionId: number) {
    const session = await em.findOneBy(Session, { id: sessionId });
    if (!session) throw new DomainException('SESSION_NOT_FOUND');
    const candidates = await em.findBy(Candidate, { sessionId });
    return { session, candidates };
  }

  private async loadCandidate(em: EntityManager, sessionId: number, candidateId: number) {
    const session = await em.findOneBy(Session, { id: sessionId });
    if (!session) throw new DomainException('SESSION_NOT_FOUND');
    const candidate = await em.findOneBy(Candidate, { id: candidateId, sessionId });
    if (!candidate) throw new DomainException('CANDIDATE_NOT_FOUND');
    return { session, candidate };
  }
}

/** Ends the pause in progress: its length joins pausedSeconds (every end moves back by it). */
function closePause(session: Session, now: Date): Partial<Session> {
  const seconds = Math.max(0, Math.round((now.getTime() - new Date(session.pausedAt!).getTime()) / 1000));
  return { pausedAt: null, pausedSeconds: (session.pausedSeconds ?? 0) + seconds };
}

function pauseMinutes(session: Session, now: Date): number {
  return Math.round((now.getTime() - new Date(session.pausedAt!).getTime()) / 60_000);
}
