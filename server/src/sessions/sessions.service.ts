import { Injectable } from '@nestjs/common';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { EntityManager, In } from 'typeorm';
import { COST, generatePassword, hashPassword } from '../auth/password.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { ControlDb } from '../control/control-db.service.js';
import { SandboxRegistry } from '../sandbox/sandbox-registry.service.js';
import { Sandbox } from '../sandboxes/sandbox.entity.js';
import { ScenariosService } from '../scenarios/scenarios.service.js';
import { User } from '../users/user.entity.js';
import { CreateSessionDto } from './dto/create-session.dto.js';
import { Session, SESSION_MODES } from './session.entity.js';
import { candidateEndsAt, sessionEndsAt, sessionStatus } from './session-window.js';

const LIST: ListSpec<Session> = {
  alias: 's',
  sortable: { id: 's.id', name: 's.name', startsAt: 's.startsAt', scenarioId: 's.scenarioId', mode: 's.mode', createdAt: 's.createdAt' },
  filters: { id: filters.ids('s.id'), q: filters.text(['s.name', 's.scenarioTitle']), mode: filters.equals('s.mode', SESSION_MODES), scenarioId: filters.equals('s.scenarioId') },
};

export interface CreatedCandidate {
  name: string;
  candidateNumber: string;
  extraMinutes: number;
  username: string;
  password: string;
  sandboxId: string;
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly control: ControlDb,
    private readonly scenarios: ScenariosService,
    private readonly registry: SandboxRegistry,
  ) {}

  async list(query: Record<string, unknown>) {
    const list = parseListQuery(query, ['startsAt', 'DESC']);
    return this.control.read(async (em) => {
      const result = await runList(em.createQueryBuilder(Session, 's'), LIST, list);
      const candidates = result.rows.length ? await em.findBy(Candidate, { sessionId: In(result.rows.map((s) => s.id)) }) : [];
      return { ...result, rows: result.rows.map((s) => present(s, candidates.filter((c) => c.sessionId === s.id))) };
    });
  }

  async get(id: number) {
    return this.control.read(async (em) => {
      const session = await em.findOneByOrFail(Session, { id });
      return this.detail(em, session);
    });
  }

  /**
   * Creates the session, one user and one sandbox (a copy of the scenario's template) per candidate.
   * Passwords are returned here only; the database keeps their scrypt hashes.
   */
  async create(dto: CreateSessionDto, createdById: number | null, options: { isDemo?: boolean } = {}) {
    const template = this.scenarios.get(dto.scenarioId);
    const errors: Record<string, unknown> = {};
    const seen = new Map<string, number>();
    dto.candidates.forEach((c, i) => {
      const number = c.candidateNumber.trim();
      // Two numbers that differ only in case or punctuation ("AB-12", "ab12") would give the same username.
      const key = usernameKey(number);
      if (seen.has(key)) errors.candidates = { ...(errors.candidates as object), [i]: { candidateNumber: 'app.validation.duplicate' } };
      seen.set(key, i);
      if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/.test(number)) errors.candidates = { ...(errors.candidates as object), [i]: { candidateNumber: 'app.validation.candidate_number' } };
    });
    if (Number.isNaN(Date.parse(dto.startsAt))) errors.startsAt = 'app.validation.date';
    if (Object.keys(errors).length) throw new FieldErrorsException(errors as Record<string, string>);

    const prepared = await Promise.all(
      dto.candidates.map(async (c) => {
        const password = generatePassword();
        return { ...c, extraMinutes: c.extraMinutes ?? 0, password, passwordHash: await hashPassword(password, COST.generated), sandboxId: `sb-${crypto.randomBytes(8).toString('hex')}` };
      }),
    );
    const files = prepared.map((c) => this.registry.fileOf(c.sandboxId));
    try {
      for (const file of files) fs.copyFileSync(template.file, file, fs.constants.COPYFILE_EXCL);
      const now = new Date().toISOString();
      return await this.control.write(async (em) => {
        const session = em.create(Session, {
          name: dto.name, scenarioId: template.scenario.id, scenarioTitle: template.scenario.title, templateKey: template.key, mode: dto.mode,
          startsAt: new Date(dto.startsAt).toISOString(), durationMinutes: dto.durationMinutes, isDemo: !!options.isDemo, archivedAt: null, createdById, createdAt: now,
        });
        await em.insert(Session, session);
        const created: CreatedCandidate[] = [];
        for (const c of prepared) {
          const username = `s${session.id}-${usernameKey(c.candidateNumber)}`.slice(0, 40);
          const user = em.create(User, { username, role: 'candidate', displayName: c.name, passwordHash: c.passwordHash, active: true, createdAt: now });
          await em.insert(User, user);
          await em.insert(Sandbox, { id: c.sandboxId, sessionId: session.id, scenarioId: template.scenario.id, templateKey: template.key, scenarioStartAt: template.scenarioStartAt, resetCount: 0, lastResetAt: null, createdAt: now });
          await em.insert(Candidate, { sessionId: session.id, name: c.name, candidateNumber: c.candidateNumber, extraMinutes: c.extraMinutes, userId: user.id, sandboxId: c.sandboxId, createdAt: now });
          created.push({ name: c.name, candidateNumber: c.candidateNumber, extraMinutes: c.extraMinutes, username, password: c.password, sandboxId: c.sandboxId });
        }
        const detail = await this.detail(em, session);
        return { ...detail, candidates: detail.candidates.map((c) => ({ ...c, password: created.find((x) => x.sandboxId === c.sandboxId)!.password })) };
      });
    } catch (e) {
      for (const file of files) fs.rmSync(file, { force: true });
      throw e;
    }
  }

  private async detail(em: EntityManager, session: Session) {
    const candidates = await em.find(Candidate, { where: { sessionId: session.id }, order: { candidateNumber: 'ASC' } });
    const users = candidates.length ? await em.findBy(User, { id: In(candidates.map((c) => c.userId)) }) : [];
    const sandboxes = candidates.length ? await em.findBy(Sandbox, { id: In(candidates.map((c) => c.sandboxId)) }) : [];
    return {
      ...present(session, candidates),
      candidates: candidates.map((c) => {
        const sandbox = sandboxes.find((s) => s.id === c.sandboxId);
        return {
          id: c.id, name: c.name, candidateNumber: c.candidateNumber, extraMinutes: c.extraMinutes,
          username: users.find((u) => u.id === c.userId)?.username ?? null, sandboxId: c.sandboxId,
          endsAt: candidateEndsAt(session, c.extraMinutes).toISOString(), resetCount: sandbox?.resetCount ?? 0, lastResetAt: sandbox?.lastResetAt ?? null,
        };
      }),
    };
  }
}

/** The candidate-number part of a candidate's username. */
function usernameKey(candidateNumber: string): string {
  return candidateNumber.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function present(session: Session, candidates: Candidate[]) {
  const latestEnd = candidateEndsAt(session, Math.max(0, ...candidates.map((c) => c.extraMinutes)));
  const { templateKey: _k, createdById: _c, ...rest } = session;
  return { ...rest, endsAt: sessionEndsAt(session).toISOString(), status: sessionStatus(session, latestEnd, new Date()), candidateCount: candidates.length };
}
