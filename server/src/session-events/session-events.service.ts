import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Candidate } from '../candidates/candidate.entity.js';
import { ControlDb } from '../control/control-db.service.js';
import { SessionEvent, SessionEventType } from './session-event.entity.js';

export interface SessionEventInput {
  sessionId: number;
  candidateId?: number | null;
  type: SessionEventType;
  reason?: string | null;
  minutes?: number | null;
  /** Who did it; null when the clock did (lock at the end). */
  actor: { id: number; displayName: string } | null;
  at: Date;
}

/** The session's journal of proctor actions and automatic locks (who, when, why). */
@Injectable()
export class SessionEventsService {
  constructor(private readonly control: ControlDb) {}

  /** Appends one event inside the caller's control-DB transaction. */
  async record(em: EntityManager, e: SessionEventInput): Promise<void> {
    await em.insert(SessionEvent, {
      sessionId: e.sessionId,
      candidateId: e.candidateId ?? null,
      type: e.type,
      reason: e.reason ?? null,
      minutes: e.minutes ?? null,
      actorId: e.actor?.id ?? null,
      actorName: e.actor?.displayName ?? null,
      at: e.at.toISOString(),
    });
  }

  /** Every event of a session, oldest first, with the candidate's number and name. */
  async list(sessionId: number, options: { hideNames?: boolean } = {}) {
    return this.control.read(async (em) => {
      const events = await em.find(SessionEvent, { where: { sessionId }, order: { id: 'ASC' } });
      const ids = [...new Set(events.map((e) => e.candidateId).filter((id): id is number => id !== null))];
      const candidates = ids.length ? await em.findBy(Candidate, { id: In(ids) }) : [];
      return events.map((e) => {
        const c = e.candidateId === null ? undefined : candidates.find((x) => x.id === e.candidateId);
        return {
          id: e.id, sessionId: e.sessionId, type: e.type, candidateId: e.candidateId,
          candidateNumber: c?.candidateNumber ?? null, candidateName: options.hideNames ? null : (c?.name ?? null), anonymousCode: c?.anonymousCode ?? null,
          reason: e.reason, minutes: e.minutes, actorId: e.actorId, actorName: e.actorName, at: e.at,
        };
      });
    });
  }
}
