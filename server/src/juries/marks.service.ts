import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AuthUser } from '../auth/auth-user.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { toCsv } from '../common/export/csv.js';
import { Clock } from '../common/time/clock.js';
import { ControlDb } from '../control/control-db.service.js';
import { Session } from '../sessions/session.entity.js';
import { User } from '../users/user.entity.js';
import { CRITERIA, criterionLabel } from './criterion-labels.js';
import { candidateLabelFor, juryMayRead, Reader, readableSession } from './jury-access.js';
import { JuryMark } from './jury.entity.js';
import { fromHundredths, MarkRow, marksTable, parseMarks } from './marks.js';

/**
 * Marks and comments per criterion, per candidate, per jury member, in the control database. Every
 * assigned jury reads all the marks of the session (their own editable, the others' read-only);
 * proctors and admins read them; only an assigned jury writes, and only their own.
 */
@Injectable()
export class MarksService {
  constructor(
    private readonly control: ControlDb,
    private readonly clock: Clock,
  ) {}

  async get(sessionId: number, candidateId: number, user: AuthUser) {
    return this.control.read(async (em) => {
      const session = await readableSession(em, user, sessionId);
      const candidate = await candidateOf(em, session, candidateId);
      return view(em, user, session, candidate);
    });
  }

  /** Upserts the given criteria for (candidate, criterion, this jury); other criteria are left as they are. */
  async put(sessionId: number, candidateId: number, body: unknown, user: AuthUser) {
    if (user.role !== 'jury') throw new DomainException('FORBIDDEN');
    const parsed = parseMarks(body);
    if (!parsed.ok) throw new FieldErrorsException(parsed.errors as Record<string, string>);
    return this.control.write(async (em) => {
      const session = await readableSession(em, user, sessionId);
      if (session.archivedAt) throw new DomainException('SESSION_ARCHIVED');
      const candidate = await candidateOf(em, session, candidateId);
      const now = this.clock.now().toISOString();
      for (const mark of parsed.marks) {
        const values = { pointsHundredths: mark.pointsHundredths, maxPointsHundredths: mark.maxPointsHundredths, comment: mark.comment, updatedAt: now };
        const existing = await em.findOneBy(JuryMark, { candidateId, criterionId: mark.criterionId, juryId: user.id });
        if (existing) await em.update(JuryMark, { id: existing.id }, values);
        else await em.insert(JuryMark, { sessionId, candidateId, criterionId: mark.criterionId, juryId: user.id, ...values });
      }
      return view(em, user, session, candidate);
    });
  }

  /** notes-session-<id>.csv: one row per candidate × criterion × jury. */
  async csv(sessionId: number, user: AuthUser): Promise<{ filename: string; buffer: Buffer }> {
    return this.control.read(async (em) => {
      const session = await readableSession(em, user, sessionId);
      return { filename: `notes-session-${session.id}.csv`, buffer: await marksCsvOf(em, user, session) };
    });
  }
}

/**
 * The marks CSV of a session as `reader` may read it (names hidden from juries in anonymous
 * sessions). Exported for the session export ZIP: call inside a control read.
 */
export async function marksCsvOf(em: EntityManager, reader: Reader, session: Session): Promise<Buffer> {
  const marks = await em.find(JuryMark, { where: { sessionId: session.id }, order: { id: 'ASC' } });
  const candidates = await em.findBy(Candidate, { sessionId: session.id });
  const juries = marks.length ? await em.findBy(User, { id: In([...new Set(marks.map((m) => m.juryId))]) }) : [];
  const rows: MarkRow[] = [];
  for (const m of marks) {
    const c = candidates.find((x) => x.id === m.candidateId);
    if (!c) continue;
    const jury = juries.find((u) => u.id === m.juryId);
    rows.push({
      candidateNumber: c.candidateNumber, anonymousCode: c.anonymousCode, candidate: candidateLabelFor(reader, session, c), criterionId: m.criterionId,
      jury: jury ? `${jury.displayName} (${jury.username})` : `#${m.juryId}`, pointsHundredths: m.pointsHundredths, maxPointsHundredths: m.maxPointsHundredths,
      comment: m.comment, updatedAt: m.updatedAt,
    });
  }
  return toCsv(marksTable(session.name, rows));
}

async function candidateOf(em: EntityManager, session: Session, candidateId: number): Promise<Candidate> {
  const candidate = await em.findOneBy(Candidate, { id: candidateId, sessionId: session.id });
  if (!candidate) throw new DomainException('CANDIDATE_NOT_FOUND');
  return candidate;
}

async function view(em: EntityManager, user: AuthUser, session: Session, candidate: Candidate) {
  const marks = await em.find(JuryMark, { where: { candidateId: candidate.id }, order: { id: 'ASC' } });
  const juries = marks.length ? await em.findBy(User, { id: In([...new Set(marks.map((m) => m.juryId))]) }) : [];
  const canWrite = user.role === 'jury' && !session.archivedAt && (await juryMayRead(em, user.id, session.id));
  return {
    sessionId: session.id,
    candidateId: candidate.id,
    candidateNumber: candidate.candidateNumber,
    anonymousCode: candidate.anonymousCode,
    name: candidateLabelFor(user, session, candidate),
    canWrite,
    criteria: CRITERIA,
    marks: marks.map((m) => {
      const jury = juries.find((u) => u.id === m.juryId);
      return {
        criterionId: m.criterionId,
        criterionLabel: criterionLabel(m.criterionId),
        juryId: m.juryId,
        juryName: jury?.displayName ?? null,
        points: fromHundredths(m.pointsHundredths),
        maxPoints: fromHundredths(m.maxPointsHundredths),
        comment: m.comment,
        updatedAt: m.updatedAt,
        mine: m.juryId === user.id,
      };
    }),
  };
}
