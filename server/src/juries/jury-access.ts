/**
 * Who reads which session: a jury only the sessions they are assigned to (session_jury), and in an
 * anonymous session never a candidate's name. Shared by the session routes, the SandboxGuard and
 * every jury-facing read (productions, marks, dossiers, exports).
 */
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AuthUser } from '../auth/auth-user.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Session } from '../sessions/session.entity.js';
import { Role } from '../users/user.entity.js';
import { SessionJury } from './jury.entity.js';

export type Reader = Pick<AuthUser, 'id' | 'role'>;

/** True when the jury `userId` is assigned to the session (false for a sandbox outside any session). */
export async function juryMayRead(em: EntityManager, userId: number, sessionId: number | null | undefined): Promise<boolean> {
  if (sessionId === null || sessionId === undefined) return false;
  return (await em.countBy(SessionJury, { sessionId, userId })) > 0;
}

/**
 * The session if `user` may read it. Unknown, or not assigned to this jury: the same 404, so that a
 * jury cannot tell the sessions of others from missing ones. Candidates never read sessions (403).
 */
export async function readableSession(em: EntityManager, user: Reader, sessionId: number): Promise<Session> {
  if (user.role === 'candidate') throw new DomainException('FORBIDDEN');
  const session = await em.findOneBy(Session, { id: sessionId });
  if (!session) throw new DomainException('SESSION_NOT_FOUND');
  if (user.role === 'jury' && !(await juryMayRead(em, user.id, sessionId))) throw new DomainException('SESSION_NOT_FOUND');
  return session;
}

/** Narrows a query on sessions (alias `alias`) to the ones a jury is assigned to; other roles unchanged. */
export function juryScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, user: Reader | undefined, alias = 's'): SelectQueryBuilder<T> {
  if (user?.role !== 'jury') return qb;
  return qb.andWhere(`${alias}.id IN (SELECT sj."sessionId" FROM session_jury sj WHERE sj."userId" = :juryScopeUserId)`, { juryScopeUserId: user.id });
}

/** Names are hidden from juries in anonymous sessions. */
export function hidesCandidateNames(user: { role: Role } | undefined, session: Pick<Session, 'anonymous'> | null | undefined): boolean {
  return !!session?.anonymous && user?.role === 'jury';
}

/**
 * How `user` may call a candidate: their name, or — for a jury in an anonymous session — their
 * anonymous code when they have one, else their candidate number ("Candidat A17", "Candidat n° 2026-001").
 */
export function candidateLabelFor(
  user: { role: Role } | undefined,
  session: Pick<Session, 'anonymous'> | null | undefined,
  candidate: Pick<Candidate, 'name' | 'candidateNumber' | 'anonymousCode'>,
): string {
  if (!hidesCandidateNames(user, session)) return candidate.name;
  return candidate.anonymousCode ? `Candidat ${candidate.anonymousCode}` : `Candidat n° ${candidate.candidateNumber}`;
}

/** A copy of a candidate-shaped row whose `name` is what `user` may read (see candidateLabelFor). */
export function withReadableName<T extends Pick<Candidate, 'name' | 'candidateNumber'> & { anonymousCode?: string | null }>(
  user: { role: Role } | undefined,
  session: Pick<Session, 'anonymous'> | null | undefined,
  row: T,
): T {
  if (!hidesCandidateNames(user, session)) return row;
  return { ...row, name: candidateLabelFor(user, session, { ...row, anonymousCode: row.anonymousCode ?? null }) };
}

/**
 * A session detail (`{ candidates: [{ id, name, candidateNumber, … }] }`) as `user` may read it: in an
 * anonymous session a jury gets the label instead of each name, with the anonymous code.
 */
export async function sessionDetailFor<D extends { candidates: { id: number; name: string; candidateNumber: string }[] }>(
  em: EntityManager,
  user: Reader | undefined,
  session: Session,
  detail: D,
): Promise<D> {
  if (!hidesCandidateNames(user, session)) return detail;
  const full = new Map((await em.findBy(Candidate, { sessionId: session.id })).map((c) => [c.id, c]));
  return {
    ...detail,
    candidates: detail.candidates.map((c) => {
      const candidate = full.get(c.id) ?? { name: c.name, candidateNumber: c.candidateNumber, anonymousCode: null };
      return { ...c, name: candidateLabelFor(user, session, candidate), anonymousCode: candidate.anonymousCode };
    }),
  };
}
