import { Inject, Injectable } from '@nestjs/common';
import path from 'node:path';
import { AuthUser } from '../auth/auth-user.js';
import { APP_CONFIG, AppConfig } from '../config/app.config.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Clock } from '../common/time/clock.js';
import { Company } from '../company/company.entity.js';
import { ControlDb } from '../control/control-db.service.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { candidateLabelFor } from '../juries/jury-access.js';
import { isValidSandboxId, SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { SandboxRegistry } from '../sandbox/sandbox-registry.service.js';
import { ScenarioClock } from '../sandbox/scenario-clock.js';
import { ScenariosService } from '../scenarios/scenarios.service.js';
import { Session } from '../sessions/session.entity.js';
import { SessionEventsService } from '../session-events/session-events.service.js';
import { candidateWindow, isPaused, runningElapsedMs } from '../sessions/session-window.js';
import { Sandbox } from './sandbox.entity.js';

@Injectable()
export class SandboxesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly control: ControlDb,
    private readonly registry: SandboxRegistry,
    private readonly scenarios: ScenariosService,
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
    private readonly clock: Clock,
    private readonly events: SessionEventsService,
  ) {}

  /**
   * Puts the sandbox back to its scenario's initial state. The previous file is kept as a snapshot
   * under data/snapshots/<id>/, and the new journal starts with who reset it and why.
   */
  async reset(sandboxId: string, by: AuthUser, reason: string) {
    if (!isValidSandboxId(sandboxId)) throw new DomainException('SANDBOX_ID_INVALID');
    const t0 = performance.now();
    const found = await this.control.read(async (em) => {
      const sandbox = await em.findOneBy(Sandbox, { id: sandboxId });
      return sandbox ? { sandbox, session: sandbox.sessionId ? await em.findOneBy(Session, { id: sandbox.sessionId }) : null } : null;
    });
    if (!found) throw new DomainException('SANDBOX_NOT_FOUND');
    const { sandbox, session } = found;
    const template = this.scenarios.fileOfKey(sandbox.templateKey) ?? this.scenarios.get(sandbox.scenarioId).file;
    const now = this.clock.now();
    const resetAt = now.toISOString();
    const snapshot = path.join(this.config.dataDir, 'snapshots', sandboxId, `${resetAt.replace(/[:.]/g, '-')}-avant-reinitialisation.sqlite`);

    const ctx: SandboxContext = {
      sandboxId,
      clock: ScenarioClock.running(sandbox.scenarioStartAt, () => runningElapsedMs(session, this.clock.now())),
      actor: { userId: by.id, username: by.username, role: by.role },
      writable: true,
    };
    await this.registry.replaceFile(sandboxId, template, snapshot, (db) =>
      this.journal.recordRaw(db, ctx, { resource: 'sandbox', recordId: sandboxId, action: 'reset', label: `Réinitialisation par ${by.displayName} : ${reason}` }),
    );
    await this.control.write(async (em) => {
      await em.update(Sandbox, { id: sandboxId }, { resetCount: sandbox.resetCount + 1, lastResetAt: resetAt });
      if (!session) return;
      const candidate = await em.findOneBy(Candidate, { sandboxId });
      await this.events.record(em, { sessionId: session.id, candidateId: candidate?.id ?? null, type: 'reset', reason, actor: by, at: now });
    });
    return { sandboxId, resetAt, snapshot: path.relative(this.config.dataDir, snapshot), durationMs: Math.round((performance.now() - t0) * 10) / 10 };
  }

  /** What the candidate's header shows: company, scenario clock, who and until when. */
  async context(ctx: SandboxContext) {
    const company = await this.db.read(ctx, (em) => em.findOneByOrFail(Company, { id: 1 }));
    const control = await this.control.read(async (em) => {
      const candidate = await em.findOneBy(Candidate, { sandboxId: ctx.sandboxId });
      const session = candidate ? await em.findOneBy(Session, { id: candidate.sessionId }) : null;
      return { candidate, session };
    });
    const { candidate, session } = control;
    const now = this.clock.now();
    const window = session && candidate ? candidateWindow(session, candidate, now) : null;
    return {
      sandboxId: ctx.sandboxId,
      companyName: company.name,
      scenarioTitle: session?.scenarioTitle ?? null,
      scenarioNow: ctx.clock.nowIso(),
      scenarioToday: ctx.clock.today(),
      candidateName: candidate ? candidateLabelFor(ctx.actor, session, candidate) : null,
      candidateNumber: candidate?.candidateNumber ?? null,
      sessionName: session?.name ?? null,
      sessionMode: session?.mode ?? null,
      startsAt: session?.startsAt ?? null,
      endsAt: window?.endsAt.toISOString() ?? null,
      remainingSeconds: window?.remainingSeconds ?? null,
      paused: session ? isPaused(session) : false,
      serverNow: now.toISOString(),
      writable: ctx.writable,
      lockReason: ctx.lockReason ?? null,
    };
  }
}
