import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AuthUser } from '../auth/auth-user.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { ControlDb } from '../control/control-db.service.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { Sandbox } from '../sandboxes/sandbox.entity.js';
import { Session } from '../sessions/session.entity.js';
import { candidateAccess } from '../sessions/session-window.js';
import { isValidSandboxId, SandboxContext } from './sandbox-context.js';
import { ScenarioClock } from './scenario-clock.js';

interface Found {
  sandbox: Sandbox;
  session: Session | null;
  candidate: Candidate | null;
}

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Resolves `:sandboxId` for the authenticated user, or refuses. A candidate reaches only their own
 * sandbox; juries, proctors and admins only read. Writes need the candidate's time window open.
 */
@Injectable()
export class SandboxGuard implements CanActivate {
  /** sandboxId → its control records, for a few seconds (access is still computed at each request). */
  private readonly cache = new Map<string, { found: Found | null; at: number }>();
  private static readonly CACHE_MS = 5_000;

  constructor(private readonly control: ControlDb) {}

  private async lookup(sandboxId: string): Promise<Found | null> {
    const hit = this.cache.get(sandboxId);
    if (hit && Date.now() - hit.at < SandboxGuard.CACHE_MS) return hit.found;
    const found = await this.control.read(async (em) => {
      const sandbox = await em.findOneBy(Sandbox, { id: sandboxId });
      if (!sandbox) return null;
      const session = sandbox.sessionId ? await em.findOneBy(Session, { id: sandbox.sessionId }) : null;
      const candidate = await em.findOneBy(Candidate, { sandboxId });
      return { sandbox, session, candidate };
    });
    if (this.cache.size > 10_000) this.cache.clear();
    if (found) this.cache.set(sandboxId, { found, at: Date.now() });
    return found;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { user: AuthUser; sandbox?: SandboxContext }>();
    const sandboxId = req.params.sandboxId;
    if (!isValidSandboxId(sandboxId)) throw new DomainException('SANDBOX_ID_INVALID');
    const user = req.user;
    if (user.role === 'candidate' && user.sandboxId !== sandboxId) throw new DomainException('SANDBOX_NOT_FOUND');

    const found = await this.lookup(sandboxId);
    if (!found) throw new DomainException('SANDBOX_NOT_FOUND');
    const { sandbox, session, candidate } = found;

    const ctx: SandboxContext = {
      sandboxId,
      clock: ScenarioClock.fromIso(sandbox.scenarioStartAt, session?.startsAt ?? null),
      actor: { userId: user.id, username: user.username, role: user.role },
      writable: false,
    };
    if (user.role !== 'candidate') {
      ctx.lockReason = 'READ_ONLY_ROLE';
    } else if (session && candidate) {
      const access = candidateAccess(session, candidate.extraMinutes, new Date());
      ctx.writable = access === 'open';
      if (access === 'before-start') ctx.lockReason = 'SESSION_NOT_STARTED';
      if (access === 'ended') ctx.lockReason = 'SANDBOX_LOCKED';
    }
    if (!READ_METHODS.has(req.method) && !ctx.writable) throw new DomainException(ctx.lockReason ?? 'SANDBOX_LOCKED');
    req.sandbox = ctx;
    return true;
  }
}
