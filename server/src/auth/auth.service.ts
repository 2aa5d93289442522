import { Inject, Injectable } from '@nestjs/common';
import { IsNull, LessThan } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app.config.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Clock } from '../common/time/clock.js';
import { ControlDb } from '../control/control-db.service.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { Session } from '../sessions/session.entity.js';
import { candidateTokenValid, candidateWindow, READ_AFTER_END_MINUTES } from '../sessions/session-window.js';
import { User } from '../users/user.entity.js';
import { AuthToken } from './auth-token.entity.js';
import { AuthUser, publicUser } from './auth-user.js';
import { LoginThrottle } from './login-throttle.js';
import { DUMMY_HASH, newToken, sha256, verifyPassword } from './password.js';

interface CandidateOf {
  candidate: Candidate;
  session: Session;
}

@Injectable()
export class AuthService {
  readonly throttle = new LoginThrottle();
  /** token hash → resolved user, for a few seconds: a list request then costs no control-DB lookup. */
  private readonly cache = new Map<string, { user: AuthUser; expiresAt: string; cachedAt: number; window: CandidateOf | null }>();
  private static readonly CACHE_MS = 5_000;

  constructor(
    private readonly control: ControlDb,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async login(username: string, password: string, ip: string) {
    const retryAfterSeconds = this.throttle.retryAfter(username, ip);
    if (retryAfterSeconds > 0) throw new DomainException('LOGIN_THROTTLED', undefined, { details: { retryAfterSeconds } });

    const user = await this.control.read((em) => em.findOneBy(User, { username }));
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.active) {
      this.throttle.fail(username, ip);
      throw new DomainException('INVALID_CREDENTIALS');
    }
    this.throttle.succeed(username, ip);

    const now = this.clock.now();
    const storedExpiry = new Date(now.getTime() + this.config.tokenTtlMinutes * 60_000);
    let expiresAt = storedExpiry;
    const authUser = await this.describe(user);
    let candidateId: number | null = null;
    if (user.role === 'candidate') {
      const { session, candidate } = await this.candidateOf(user.id);
      const window = candidateWindow(session, candidate, now);
      if (window.access === 'archived') throw new DomainException('SESSION_ARCHIVED');
      if (window.access === 'not-open') throw new DomainException('SESSION_NOT_OPEN');
      if (window.access === 'locked') throw new DomainException('SESSION_ENDED');
      // The token is checked against the session at each request (pauses and extensions move the end);
      // this is when it expires if nothing changes: READ_AFTER_END_MINUTES after the sandbox locks.
      if (window.lockApplies) {
        const lockAt = window.unlocked ? Math.max(window.endsAt.getTime(), new Date(candidate.unlockedUntil!).getTime()) : window.endsAt.getTime();
        const readsUntil = new Date(lockAt + READ_AFTER_END_MINUTES * 60_000);
        if (readsUntil < expiresAt) expiresAt = readsUntil;
      }
      candidateId = candidate.id;
    }
    const token = newToken();
    await this.control.write(async (em) => {
      await em.delete(AuthToken, { expiresAt: LessThan(now.toISOString()) });
      await em.insert(AuthToken, { tokenHash: sha256(token), userId: user.id, createdAt: now.toISOString(), expiresAt: storedExpiry.toISOString() });
      if (candidateId !== null) {
        await em.update(Candidate, { id: candidateId, firstLoginAt: IsNull() }, { firstLoginAt: now.toISOString() });
        await em.update(Candidate, { id: candidateId }, { lastSeenAt: now.toISOString() });
      }
    });
    return { token, expiresAt: expiresAt.toISOString(), user: publicUser(authUser) };
  }

  /**
   * The user behind a bearer token, or an exception. A candidate's token dies with their session:
   * READ_AFTER_END_MINUTES after their sandbox locks, or when the session is archived.
   */
  async authenticate(token: string): Promise<AuthUser> {
    const now = this.clock.now();
    const tokenHash = sha256(token);
    const cached = this.cache.get(tokenHash);
    if (cached && Date.now() - cached.cachedAt < AuthService.CACHE_MS) {
      if (cached.expiresAt <= now.toISOString()) throw new DomainException('TOKEN_EXPIRED');
      if (cached.window && !candidateTokenValid(cached.window.session, cached.window.candidate, now)) throw new DomainException('TOKEN_EXPIRED');
      return cached.user;
    }
    const found = await this.control.read(async (em) => {
      const row = await em.findOneBy(AuthToken, { tokenHash });
      if (!row) return null;
      const user = await em.findOneBy(User, { id: row.userId });
      return user ? { row, user } : null;
    });
    if (!found || !found.user.active) throw new DomainException('UNAUTHENTICATED');
    if (found.row.expiresAt <= now.toISOString()) throw new DomainException('TOKEN_EXPIRED');
    const user = await this.describe(found.user);
    const window = found.user.role === 'candidate' ? await this.candidateOf(found.user.id) : null;
    if (window && !candidateTokenValid(window.session, window.candidate, now)) throw new DomainException('TOKEN_EXPIRED');
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(tokenHash, { user, expiresAt: found.row.expiresAt, cachedAt: Date.now(), window });
    return user;
  }

  async logout(token: string): Promise<void> {
    const tokenHash = sha256(token);
    this.cache.delete(tokenHash);
    await this.control.write((em) => em.delete(AuthToken, { tokenHash }));
  }

  private async describe(user: User): Promise<AuthUser> {
    const base: AuthUser = { id: user.id, username: user.username, role: user.role, displayName: user.displayName };
    if (user.role !== 'candidate') return base;
    const { candidate } = await this.candidateOf(user.id);
    return { ...base, sandboxId: candidate.sandboxId, candidateId: candidate.id, sessionId: candidate.sessionId };
  }

  private async candidateOf(userId: number): Promise<CandidateOf> {
    return this.control.read(async (em) => {
      const candidate = await em.findOneByOrFail(Candidate, { userId });
      const session = await em.findOneByOrFail(Session, { id: candidate.sessionId });
      return { candidate, session };
    });
  }
}
