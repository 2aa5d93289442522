import { Session } from './session.entity.js';

export type SessionStatus = 'planned' | 'running' | 'ended' | 'archived';

const MINUTE = 60_000;

/** End of the session for everyone (without extra time). */
export function sessionEndsAt(session: Pick<Session, 'startsAt' | 'durationMinutes'>): Date {
  return new Date(new Date(session.startsAt).getTime() + session.durationMinutes * MINUTE);
}

/** One candidate's end: start + duration + their extra minutes. */
export function candidateEndsAt(session: Pick<Session, 'startsAt' | 'durationMinutes'>, extraMinutes: number): Date {
  return new Date(sessionEndsAt(session).getTime() + extraMinutes * MINUTE);
}

/** Session status at `now`; `latestEnd` is the end of the candidate with the most extra time. */
export function sessionStatus(session: Pick<Session, 'startsAt' | 'archivedAt'>, latestEnd: Date, now: Date): SessionStatus {
  if (session.archivedAt) return 'archived';
  if (now < new Date(session.startsAt)) return 'planned';
  if (now < latestEnd) return 'running';
  return 'ended';
}

export type CandidateAccess = 'before-start' | 'open' | 'ended';

/** What a candidate may do at `now`: read only before the start, read and write until their end, nothing after. */
export function candidateAccess(session: Pick<Session, 'startsAt' | 'durationMinutes' | 'archivedAt'>, extraMinutes: number, now: Date): CandidateAccess {
  if (session.archivedAt || now >= candidateEndsAt(session, extraMinutes)) return 'ended';
  if (now < new Date(session.startsAt)) return 'before-start';
  return 'open';
}
