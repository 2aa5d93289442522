import { Injectable } from '@nestjs/common';
import { AuthUser } from '../auth/auth-user.js';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { Clock } from '../common/time/clock.js';
import { ControlDb } from '../control/control-db.service.js';
import { readableSession } from '../juries/jury-access.js';
import { SandboxRegistry } from '../sandbox/sandbox-registry.service.js';
import { Sandbox } from '../sandboxes/sandbox.entity.js';
import { ScenariosService } from '../scenarios/scenarios.service.js';
import { Session } from '../sessions/session.entity.js';
import { sessionStatus } from '../sessions/session-window.js';
import { Candidate } from './candidate.entity.js';
import { CandidateRow, parseCandidatesCsv, RowErrors } from './candidate-csv.js';
import { usernameKey } from './candidate-numbers.js';
import { discardPrepared, insertCandidates, prepareCandidates, ProvisionedCandidate, SandboxTemplate } from './candidate-provisioning.js';

/** No new candidates once the session is over (ended for everyone, ended early, or archived). */
export function sessionClosedToNewCandidates(session: Session, candidates: Candidate[], now: Date): boolean {
  const status = sessionStatus(session, candidates, now);
  return status === 'ended' || status === 'archived';
}

@Injectable()
export class CandidatesImportService {
  constructor(
    private readonly control: ControlDb,
    private readonly scenarios: ScenariosService,
    private readonly registry: SandboxRegistry,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds the candidates of a CSV file to a session, all or none: every row is checked first (422 with
   * the line numbers), then each gets a user and a sandbox exactly as at session creation. The
   * passwords are in this answer only.
   */
  async import(sessionId: number, csv: string, user: AuthUser): Promise<{ created: ProvisionedCandidate[] }> {
    const { session, existing, taken, template } = await this.control.read(async (em) => {
      const session = await readableSession(em, user, sessionId);
      const existing = await em.findBy(Candidate, { sessionId });
      const sandbox = existing.length ? await em.findOneBy(Sandbox, { id: existing[0].sandboxId }) : null;
      return { session, existing, taken: takenBy(existing), template: this.templateOf(session, sandbox) };
    });
    if (sessionClosedToNewCandidates(session, existing, this.clock.now())) throw new DomainException('SESSION_CLOSED_TO_CANDIDATES');
    const rows = parse(csv, taken);

    const prepared = await prepareCandidates(
      rows.map(({ name, candidateNumber, extraMinutes, anonymousCode }) => ({ name, candidateNumber, extraMinutes, anonymousCode })),
      template,
      this.registry,
    );
    try {
      const created = await this.control.write(async (em) => {
        // Checked again inside the transaction: another import may have landed in between.
        const fresh = await em.findOneByOrFail(Session, { id: sessionId });
        const current = await em.findBy(Candidate, { sessionId });
        if (sessionClosedToNewCandidates(fresh, current, this.clock.now())) throw new DomainException('SESSION_CLOSED_TO_CANDIDATES');
        parse(csv, takenBy(current));
        return insertCandidates(em, fresh, template, prepared, this.clock.now().toISOString());
      });
      return { created };
    } catch (e) {
      discardPrepared(prepared);
      throw e;
    }
  }

  /** The session's own template version when still on disk (its other sandboxes started from it), else the scenario's current one. */
  private templateOf(session: Session, sibling: Sandbox | null): SandboxTemplate {
    const file = this.scenarios.fileOfKey(session.templateKey);
    if (file) {
      const scenarioStartAt = sibling?.templateKey === session.templateKey ? sibling.scenarioStartAt : this.scenarios.get(session.scenarioId).scenarioStartAt;
      return { file, key: session.templateKey, scenarioId: session.scenarioId, scenarioStartAt };
    }
    const current = this.scenarios.get(session.scenarioId);
    return { file: current.file, key: current.key, scenarioId: current.scenario.id, scenarioStartAt: current.scenarioStartAt };
  }
}

function takenBy(candidates: Candidate[]) {
  return {
    numberKeys: new Set(candidates.map((c) => usernameKey(c.candidateNumber))),
    anonymousCodes: new Set(candidates.flatMap((c) => (c.anonymousCode ? [c.anonymousCode.toLowerCase()] : []))),
  };
}

function parse(csv: string, taken: ReturnType<typeof takenBy>): CandidateRow[] {
  const parsed = parseCandidatesCsv(csv, taken);
  if (parsed.ok) return parsed.rows;
  const errors: { csv?: string; rows?: RowErrors } = {};
  if (parsed.file) errors.csv = parsed.file;
  if (Object.keys(parsed.rows).length) errors.rows = parsed.rows;
  throw new FieldErrorsException(errors as Record<string, string>);
}
