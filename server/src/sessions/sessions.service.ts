import { Injectable } from '@nestjs/common';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { EntityManager, In } from 'typeorm';
import { COST, generatePassword, hashPassword } from '../auth/password.js';
import { AuthUser } from '../auth/auth-user.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { juryMayRead, juryScope, sessionDetailFor } from '../juries/jury-access.js';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { Clock } from '../common/time/clock.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { ControlDb } from '../control/control-db.service.js';
import { SandboxRegistry } from '../sandbox/sandbox-registry.service.js';
import { Sandbox } from '../sandboxes/sandbox.entity.js';
import { ScenariosService } from '../scenarios/scenarios.service.js';
import { User } from '../users/user.entity.js';
import { CreateSessionDto } from './dto/create-session.dto.js';
import { Session, SESSION_MODES } from './session.entity.js';
import { CandidateWindow, candidateWindow, isPaused, latestEndsAt, locksAtEnd, sessionEndsAt, sessionStatus } from './session-window.js';

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
    private readonly clock: Clock,
  ) {}

  async list(query: Record<string, unknown>, user?: AuthUser) {
    const list = parseListQuery(query, ['startsAt', 'DESC']);
    return this.control.read(async (em) => {
      const result = await runList(juryScope(em.createQueryBuilder(Session, 's'), user), LIST, list);
      const candidates = result.rows.length ? await em.findBy(Candidate, { sessionId: In(result.rows.map((s) => s.id)) }) : [];
      const now = this.clock.now();
      return { ...result, rows: result.rows.map((s) => present(s, candidates.filter((c) => c.sessionId === s.id), now)) };
    });
  }

  async get(id: number, user?: AuthUser) {
    return this.control.read(async (em) => {
      const session = await em.findOneByOrFail(Session, { id });
      // A jury reads only the sessions they are assigned to (the same 404 as an unknown one), without names when anonymous.
      if (user?.role === 'jury' && !(await juryMayRead(em, user.id, id))) throw new DomainException('NOT_FOUND');
      return sessionDetailFor(em, user, session, await this.detail(em, session));
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
      const code = c.anonymousCode?.toLowerCase();
      if (code && dto.candidates.slice(0, i).some((o) => o.anonymousCode?.toLowerCase() === code)) errors.candidates = { ...(errors.candidates as object), [i]: { anonymousCode: 'app.validation.duplicate' } };
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
      const now = this.clock.now().toISOString();
      return await this.control.write(async (em) => {
        const session = em.create(Session, {
          name: dto.name, scenarioId: template.scenario.id, scenarioTitle: template.scenario.title, templateKey: template.key, mode: dto.mode,
          startsAt: new Date(dto.startsAt).toISOString(), durationMinutes: dto.durationMinutes, isDemo: !!options.isDemo, archivedAt: null, createdById, createdAt: now,
          // An exam always locks at the end; a training session only when asked.
          lockAtEnd: dto.lockAtEnd ?? dto.mode === 'exam', anonymous: dto.anonymous ?? false,
        });
        await em.insert(Session, session);
        const created: CreatedCandidate[] = [];
        for (const c of prepared) {
          const username = `s${session.id}-${usernameKey(c.candidateNumber)}`.slice(0, 40);
          const user = em.create(User, { username, role: 'candidate', displayName: c.name, passwordHash: c.passwordHash, active: true, createdAt: now });
          await em.insert(User, user);
          await em.insert(Sandbox, { id: c.sandboxId, sessionId: session.id, scenarioId: template.scenario.id, templateKey: template.key, scenarioStartAt: template.scenarioStartAt, resetCount: 0, lastResetAt: null, createdAt: now });
          await em.insert(Candidate, { sessionId: session.id, name: c.name, candidateNumber: c.candidateNumber, extraMinutes: c.extraMinutes, anonymousCode: c.anonymousCode ?? null, userId: user.id, sandboxId: c.sandboxId, createdAt: now });
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

  /** The session with its lifecycle fields and every candidate's window (the lifecycle routes answer it too). */
  async detail(em: EntityManager, session: Session) {
    const now = this.clock.now();
    const candidates = await em.find(Candidate, { where: { sessionId: session.id }, order: { candidateNumber: 'ASC' } });
    const users = candidates.length ? await em.findBy(User, { id: In(candidates.map((c) => c.userId)) }) : [];
    const sandboxes = candidates.length ? await em.findBy(Sandbox, { id: In(candidates.map((c) => c.sandboxId)) }) : [];
    return {
      ...present(session, candidates, now),
      candidates: candidates.map((c) => {
        const sandbox = sandboxes.find((s) => s.id === c.sandboxId);
        const window = candidateWindow(session, c, now);
        return {
          id: c.id, name: c.name, candidateNumber: c.candidateNumber, extraMinutes: c.extraMinutes,
          username: users.find((u) => u.id === c.userId)?.username ?? null, sandboxId: c.sandboxId,
          endsAt: window.endsAt.toISOString(), resetCount: sandbox?.resetCount ?? 0, lastResetAt: sandbox?.lastResetAt ?? null,
          ...candidateLifecycle(c, window),
        };
      }),
    };
  }
}

/** The candidate-number part of a candidate's username. */
function usernameKey(candidateNumber: string): string {
  return candidateNumber.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** A session's public fields with its lifecycle state at `now`. */
export function present(session: Session, candidates: Candidate[], now: Date) {
  const { templateKey: _k, createdById: _c, ...rest } = session;
  const endsAt = sessionEndsAt(session, now);
  return {
    ...rest,
    /** End without extra time (pauses included). */
    endsAt: endsAt.toISOString(),
    latestEndsAt: latestEndsAt(session, candidates, now).toISOString(),
    status: sessionStatus(session, candidates, now),
    paused: isPaused(session),
    locksAtEnd: locksAtEnd(session),
    remainingSeconds: Math.max(0, Math.floor((endsAt.getTime() - now.getTime()) / 1000)),
    serverNow: now.toISOString(),
    candidateCount: candidates.length,
  };
}

/** A candidate's lifecycle fields in the session detail. */
export function candidateLifecycle(c: Candidate, window: CandidateWindow) {
  return {
    anonymousCode: c.anonymousCode, extendedMinutes: c.extendedMinutes, access: window.access, remainingSeconds: window.remainingSeconds,
    locked: window.access === 'locked', lockedAt: c.lockedAt, lockedSnapshot: c.lockedSnapshot, unlockedUntil: c.unlockedUntil,
    firstLoginAt: c.firstLoginAt, lastSeenAt: c.lastSeenAt,
  };
}
