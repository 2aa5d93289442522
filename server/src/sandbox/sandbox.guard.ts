import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { AuthUser } from '../auth/auth-user.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Clock } from '../common/time/clock.js';
import { ControlDb } from '../control/control-db.service.js';
import { juryMayRead } from '../juries/jury-access.js';
import { SessionLockService } from '../sessions/session-lock.service.js';
import { CandidateAccess, candidateWindow, isDueForLock, runningElapsedMs } from '../sessions/session-window.js';
import { SandboxAccessCache } from './sandbox-access-cache.js';
import { isValidSandboxId, SandboxContext } from './sandbox-context.js';
import { ScenarioClock } from './scenario-clock.js';

const READ_METHODS = new Set(['GET', 'HEAD']);

const LOCK_REASONS: Record<CandidateAccess, SandboxContext['lockReason'] | undefined> = {
  'not-open': 'SESSION_NOT_STARTED',
  'before-start': 'SESSION_NOT_STARTED',
  write: undefined,
  paused: 'SESSION_PAUSED',
  locked: 'SANDBOX_LOCKED',
  archived: 'SANDBOX_LOCKED',
};

/** lastSeenAt is written at most this often per candidate. */
const SEEN_EVERY_MS = 60_000;

/**
 * Resolves `:sandboxId` for the authenticated user, or refuses. A candidate reaches only their own
 * sandbox; juries, proctors and admins only read. A candidate writes only while their window is open
 * (session started, not paused, before their end or during an incident unlock): see session-window.ts.
 * The scenario clock follows the session's running time (still before the start and during pauses).
 * The first request after a candidate's end locks and snapshots their sandbox if the sweep has not yet.
 */
@Injectable()
export class SandboxGuard implements CanActivate {
  private readonly logger = new Logger(SandboxGuard.name);
  /** candidateId → control-clock time of the last lastSeenAt write. */
  private readonly seen = new Map<number, number>();

  constructor(
    private readonly records: SandboxAccessCache,
    private readonly clock: Clock,
    private readonly locks: SessionLockService,
    private readonly control: ControlDb,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { user: AuthUser; sandbox?: SandboxContext }>();
    const sandboxId = req.params.sandboxId;
    if (!isValidSandboxId(sandboxId)) throw new DomainException('SANDBOX_ID_INVALID');
    const user = req.user;
    if (user.role === 'candidate' && user.sandboxId !== sandboxId) throw new DomainException('SANDBOX_NOT_FOUND');

    const found = await this.records.get(sandboxId);
    if (!found) throw new DomainException('SANDBOX_NOT_FOUND');
    const { sandbox, session, candidate } = found;
    // A jury reads only the sandboxes of the sessions they are assigned to (juries/jury-access.ts).
    if (user.role === 'jury' && !(await this.control.read((em) => juryMayRead(em, user.id, sandbox.sessionId)))) throw new DomainException('SANDBOX_NOT_FOUND');
    const now = this.clock.now();

    const ctx: SandboxContext = {
      sandboxId,
      clock: ScenarioClock.running(sandbox.scenarioStartAt, () => runningElapsedMs(session, this.clock.now())),
      actor: { userId: user.id, username: user.username, role: user.role },
      writable: false,
    };
    if (session && candidate && !candidate.lockedAt && isDueForLock(session, candidate, now) && !session.archivedAt) {
      // Reliable lock: whoever reads first after the end (candidate, jury, proctor) gets the snapshot made.
      await this.locks.lockCandidate(candidate.id).catch((e) => this.logger.error(`lock ${sandboxId}: ${(e as Error)?.stack ?? e}`));
    }
    if (user.role !== 'candidate') {
      ctx.lockReason = 'READ_ONLY_ROLE';
    } else if (session && candidate) {
      const window = candidateWindow(session, candidate, now);
      ctx.writable = window.access === 'write';
      ctx.writableUntil = window.writableUntil;
      ctx.lockReason = LOCK_REASONS[window.access];
      await this.touch(candidate, now);
    }
    if (!READ_METHODS.has(req.method) && !ctx.writable) throw new DomainException(ctx.lockReason ?? 'SANDBOX_LOCKED');
    req.sandbox = ctx;
    return true;
  }

  /** candidate.lastSeenAt, at most once a minute per candidate (the proctor's live view reads it). */
  private async touch(candidate: Candidate, now: Date): Promise<void> {
    const last = this.seen.get(candidate.id) ?? (candidate.lastSeenAt ? new Date(candidate.lastSeenAt).getTime() : null);
    if (last !== null && Math.abs(now.getTime() - last) < SEEN_EVERY_MS) return;
    if (this.seen.size > 10_000) this.seen.clear();
    this.seen.set(candidate.id, now.getTime());
    await this.control
      .write((em) => em.update(Candidate, { id: candidate.id }, { lastSeenAt: now.toISOString() }))
      .catch((e) => this.logger.warn(`lastSeenAt ${candidate.id}: ${e}`));
  }
}
